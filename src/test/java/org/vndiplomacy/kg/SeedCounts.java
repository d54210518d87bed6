package org.vndiplomacy.kg;

/**
 * The size of the graph built from the seeds, as the tests expect it: one place to change when the seeds, the
 * ontology or the reference data change (the per-graph counts are in the catalog's expected answers).
 */
public final class SeedCounts {

    /** Distinct triples of the union default graph ({@code SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }}). */
    public static final int UNION_TRIPLES = 10031;

    /** Quads of all named graphs together. */
    public static final int QUADS = 13179;

    /** Named graphs of a build: five articles, ontology, shapes, reference, derived, entities, statistics. */
    public static final int GRAPHS = 11;

    /** Triples of {@code graph/ontology}. */
    public static final int ONTOLOGY_TRIPLES = 2502;

    /** Labels and other names in the text index after a build. */
    public static final int LABELS_INDEXED = 2301;

    /** Facts of the five curated annotations. */
    public static final int FACTS = 108;

    private SeedCounts() {
    }

    /** A count with thousands separators, as the build prints it ("13,179"). */
    public static String grouped(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
