package org.vndiplomacy.kg.vocab;

import java.util.List;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/**
 * The one prefix map shared by every writer, query and page of the project. Read-only.
 *
 * <p>Resources get one prefix per kind ({@code country:vn} for {@code id/country/vn}): a single prefix for
 * {@link VND#ID_BASE} could not abbreviate them, since Turtle and SPARQL local names cannot hold a {@code /}.
 */
public final class Prefixes {

    /** The kinds of resources under {@link VND#ID_BASE}, each its own prefix. */
    public static final List<String> KINDS = List.of("official", "country", "organization", "locality", "article",
            "agent", "position", "partnership", "visit", "event", "agreement", "document", "observation", "evidence",
            "mention");

    public static final PrefixMapping MAPPING = build();

    private Prefixes() {}

    private static PrefixMapping build() {
        PrefixMapping mapping = PrefixMapping.Factory.create()
                .setNsPrefix("vnd", VND.NS)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("dcterms", DCTerms.getURI())
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("oa", OA.NS)
                .setNsPrefix("org", ORG.NS)
                .setNsPrefix("schema", SchemaDO.NS)
                .setNsPrefix("foaf", FOAF.NS)
                .setNsPrefix("qudt", "http://qudt.org/schema/qudt/")
                .setNsPrefix("qudt-unit", VND.QUDT_UNIT)
                .setNsPrefix("wd", VND.WIKIDATA)
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        for (String kind : KINDS) {
            mapping.setNsPrefix(kind, VND.ID_BASE + kind + "/");
        }
        return mapping.lock();
    }
}
