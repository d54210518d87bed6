package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.Extraction;
import org.vndiplomacy.kg.validate.SeedFiles;
import org.vndiplomacy.kg.validate.SeedReader;

/**
 * Golden cases: {@code src/test/resources/golden/NNN-name/} holds {@code seeds/} (articles and annotations), the
 * expected article and derived graphs in {@code expected.trig}, and a one-line {@code README.md}. The converted
 * graphs must be isomorphic to the expected ones; a failure lists the missing and the extra triples. The entities
 * graph is not written out there: it must be what the expected graphs and the reference data say of their entities;
 * nor is the statistics graph: the catalog's query 16 over it must give what counting the graphs gives.
 */
class GoldenTest {

    private static final Path ROOT = Path.of("src", "test", "resources", "golden");
    private static OntologyFiles ontology;

    @BeforeAll
    static void readOntology() throws IOException {
        ontology = OntologyFiles.read(Path.of("ontology"));
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convert_case_isomorphicToExpected(String name) throws Exception {
        Path dir = ROOT.resolve(name);
        assertTrue(Files.isRegularFile(dir.resolve("README.md")), name + " has no README.md");
        List<AnnotatedArticle> inputs = new SeedReader().read(new SeedFiles(dir.resolve("seeds")),
                ontology.knownTerms());
        Dataset actual = new DatasetConverter(ontology).convert(inputs);
        Dataset expected = DatasetFactory.create();
        RDFDataMgr.read(expected, dir.resolve("expected.trig").toString());
        List<String> differences = new ArrayList<>();
        for (Iterator<Resource> names = actual.listModelNames(); names.hasNext(); ) {
            String graph = names.next().getURI();
            if (graph.endsWith("/ontology") || graph.endsWith("/shapes") || graph.endsWith("/reference")
                    || graph.endsWith("/entities") || graph.endsWith("/statistics")) {
                continue;
            }
            compare(graph, expected.getNamedModel(graph), actual.getNamedModel(graph), differences);
        }
        expected.listModelNames().forEachRemaining(g -> {
            if (!actual.containsNamedModel(g.getURI())) {
                differences.add("missing graph " + g.getURI());
            }
        });
        compare(IriMinter.graph("entities"), entityStatements(expected),
                actual.getNamedModel(IriMinter.graph("entities")), differences);
        assertEquals(countedFigures(actual), statedFigures(actual), name + ": graph/statistics");
        // build and convert compute the two graphs from the first pass's lines and counts, not from a dataset
        try (SeedConversion streamed = new SeedConversion(ontology, new SeedFiles(dir.resolve("seeds")),
                Extraction.off())) {
            streamed.check(count -> { });
            for (SeedConversion.ComputedGraph graph : streamed.computed()) {
                Model model = ModelFactory.createDefaultModel();
                try (Stream<org.apache.jena.graph.Triple> triples = graph.triples().get()) {
                    triples.forEach(model.getGraph()::add);
                }
                compare(graph.name() + " (streamed)", actual.getNamedModel(graph.name()), model, differences);
            }
        }
        if (!differences.isEmpty()) {
            fail(name + ":\n" + String.join("\n", differences));
        }
    }

    /** Every named graph with its triples, facts and mentions, counted. */
    private static List<String> countedFigures(Dataset dataset) {
        return rows(dataset, """
                PREFIX vnd: <https://w3id.org/vn-diplomacy/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?graph ?triples (COALESCE(?f, 0) AS ?facts) (COALESCE(?m, 0) AS ?mentions) WHERE {
                  { SELECT ?graph (COUNT(*) AS ?triples) WHERE { GRAPH ?graph { ?s ?p ?o } } GROUP BY ?graph }
                  OPTIONAL { SELECT ?graph (COUNT(DISTINCT ?fact) AS ?f)
                             WHERE { GRAPH ?graph { ?fact prov:wasDerivedFrom ?article } } GROUP BY ?graph }
                  OPTIONAL { SELECT ?graph (COUNT(DISTINCT ?mention) AS ?m)
                             WHERE { GRAPH ?graph { ?mention a vnd:Mention } } GROUP BY ?graph }
                } ORDER BY ?graph""");
    }

    /** The same as {@code graph/statistics} states them (the catalog's query 16). */
    private static List<String> statedFigures(Dataset dataset) throws IOException {
        return rows(dataset, Files.readString(Path.of("queries", "16-named-graphs.rq")));
    }

    private static List<String> rows(Dataset dataset, String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
            exec.execSelect().forEachRemaining(row -> rows.add(row.get("graph") + " " + row.get("triples").asLiteral()
                    .getLong() + " " + row.get("facts").asLiteral().getLong() + " "
                    + row.get("mentions").asLiteral().getLong()));
        }
        return rows;
    }

    /**
     * What {@code graph/entities} should hold: what the expected graphs and the reference data say of the subjects
     * each types as an entity, without blank nodes.
     */
    private static Model entityStatements(Dataset expected) {
        Dataset all = DatasetFactory.create();
        expected.listModelNames().forEachRemaining(g -> all.addNamedModel(g, expected.getNamedModel(g)));
        all.addNamedModel(IriMinter.graph("reference"), ontology.reference());
        try (QueryExecution exec = QueryExecution.dataset(all).query("""
                PREFIX vnd: <https://w3id.org/vn-diplomacy/ontology#>
                CONSTRUCT { ?s ?p ?o } WHERE {
                  GRAPH ?g { ?s a ?class . FILTER(?class IN (vnd:Official, vnd:Country, vnd:Organization, vnd:Locality))
                             ?s ?p ?o . FILTER(isIRI(?s) && !isBlank(?o)) } }""").build()) {
            return exec.execConstruct();
        }
    }

    private static void compare(String graph, Model expected, Model actual, List<String> differences) {
        if (expected.isIsomorphicWith(actual)) {
            return;
        }
        for (Statement s : expected.difference(actual).listStatements().toList()) {
            differences.add("missing in " + graph + ": " + s.asTriple());
        }
        for (Statement s : actual.difference(expected).listStatements().toList()) {
            differences.add("extra in " + graph + ": " + s.asTriple());
        }
    }
}
