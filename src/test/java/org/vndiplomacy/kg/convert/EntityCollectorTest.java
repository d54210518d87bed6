package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vndiplomacy.kg.corpus.CorpusGenerator;
import org.vndiplomacy.kg.corpus.GeneratedArticle;
import org.vndiplomacy.kg.corpus.WorldBuilder;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.ArticleText;

/**
 * {@code graph/entities}: every statement about an entity (a subject typed as one of the four entity classes in its
 * graph), each once, whatever the number of graphs that make it; the lines keep every kind of term.
 */
class EntityCollectorTest {

    private static final String PREFIXES = """
            @prefix vnd: <https://w3id.org/vn-diplomacy/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix official: <https://w3id.org/vn-diplomacy/id/official/> .
            @prefix country: <https://w3id.org/vn-diplomacy/id/country/> .
            @prefix locality: <https://w3id.org/vn-diplomacy/id/locality/> .
            @prefix organization: <https://w3id.org/vn-diplomacy/id/organization/> .
            @prefix fact: <https://w3id.org/vn-diplomacy/id/fact/> .
            @prefix mention: <https://w3id.org/vn-diplomacy/id/mention/> .
            """;

    private static OntologyFiles ontology;

    @BeforeAll
    static void readOntology() throws Exception {
        ontology = OntologyFiles.read(Path.of("ontology"));
    }

    @Test
    void twoGraphs_entityStatementsOnceEach_factsAndMentionsLeftOut() {
        Model first = turtle("""
                official:a a vnd:Official ; rdfs:label "Nguyễn Văn A"@vi ; skos:altLabel "ông A"@vi .
                locality:ha-noi a vnd:Locality ; rdfs:label "Hà Nội"@vi ; vnd:country country:vn .
                fact:x a vnd:Visit ; vnd:visitor official:a ; rdfs:label "chuyến thăm"@vi .
                mention:m a vnd:Mention ; vnd:mentionOf official:a .
                """);
        Model second = turtle("""
                official:a a vnd:Official ; rdfs:label "Nguyễn Văn A"@vi ; vnd:code "a\\tb\\nc"^^xsd:string .
                organization:o a vnd:Organization ; owl:sameAs <http://www.wikidata.org/entity/Q1> ;
                    vnd:rank 3 ; vnd:note [ rdfs:label "blank"@en ] .
                """);
        Model expected = turtle("""
                official:a a vnd:Official ; rdfs:label "Nguyễn Văn A"@vi ; skos:altLabel "ông A"@vi ;
                    vnd:code "a\\tb\\nc" .
                locality:ha-noi a vnd:Locality ; rdfs:label "Hà Nội"@vi ; vnd:country country:vn .
                organization:o a vnd:Organization ; owl:sameAs <http://www.wikidata.org/entity/Q1> ; vnd:rank 3 .
                """);
        try (EntityCollector collector = new EntityCollector()) {
            collector.add(first.getGraph());
            collector.add(second.getGraph());
            try (EntityGraph graph = collector.finish()) {
                assertIsomorphic(expected, graph.toModel());
                assertEquals(10, graph.size());
                assertEquals(GraphDigest.of(expected.getGraph()), graph.digest());
                assertSortedOnce(graph);
            }
        }
    }

    @Test
    void linesNotedElsewhere_repeatedAndUnordered_sameGraph() {
        Model model = turtle("""
                country:vn a vnd:Country ; rdfs:label "Việt Nam"@vi , "Viet Nam"@en ; vnd:iso3166Alpha2 "VN" .
                """);
        List<String> lines = new ArrayList<>(EntityCollector.lines(model.getGraph()));
        lines.addAll(EntityCollector.lines(model.getGraph()));
        java.util.Collections.reverse(lines);
        assertEquals(8, lines.size());
        try (EntityGraph graph = EntityCollector.graph(lines.iterator())) {
            assertIsomorphic(model, graph.toModel());
        }
    }

    /**
     * A generated corpus, its statements spilled to many files: the graph is what a SPARQL query over all the
     * graphs finds about the subjects each graph types as an entity.
     */
    @Test
    void generatedCorpus_spilledToDisk_sameAsQueryOverAllGraphs() {
        CorpusGenerator generator = new CorpusGenerator(WorldBuilder.build(ontology.reference(), 11));
        ArticleConverter converter = new ArticleConverter(ontology.reference());
        Dataset all = DatasetFactory.create();
        all.addNamedModel(IriMinter.graph("reference"), ontology.reference());
        try (EntityCollector collector = new EntityCollector(20_000)) {
            for (int i = 1; i <= 200; i++) {
                GeneratedArticle g = generator.generate(i);
                AnnotatedArticle input = new AnnotatedArticle(g.annotationFile(), g.annotation(),
                        new ArticleText(g.articleFile(), g.text()));
                Model graph = converter.convert(input);
                all.addNamedModel(IriMinter.articleGraph(ArticleConverter.articleKey(input)), graph);
                collector.add(graph.getGraph());
            }
            collector.add(ontology.reference().getGraph());
            Model expected;
            try (QueryExecution exec = QueryExecution.dataset(all).query("""
                    PREFIX vnd: <https://w3id.org/vn-diplomacy/ontology#>
                    CONSTRUCT { ?s ?p ?o } WHERE {
                      GRAPH ?g { ?s a ?class . FILTER(?class IN (vnd:Official, vnd:Country, vnd:Organization,
                                                                 vnd:Locality))
                                 ?s ?p ?o . FILTER(isIRI(?s) && !isBlank(?o)) } }""").build()) {
                expected = exec.execConstruct();
            }
            try (EntityGraph graph = collector.finish()) {
                assertTrue(expected.size() > 3000, "the corpus names entities: " + expected.size());
                assertIsomorphic(expected, graph.toModel());
                assertSortedOnce(graph);
            }
        }
    }

    private static void assertSortedOnce(EntityGraph graph) {
        List<String> lines;
        try (Stream<Triple> triples = graph.triples()) {
            lines = triples.map(TripleLines::line).toList();
        }
        assertEquals(lines.stream().sorted().distinct().toList(), lines, "sorted, each once");
        assertEquals(graph.size(), lines.size());
    }

    private static Model turtle(String body) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(PREFIXES + body), null, "TTL");
        return model;
    }

    private static void assertIsomorphic(Model expected, Model actual) {
        assertTrue(expected.isIsomorphicWith(actual), () -> "missing: " + expected.difference(actual).listStatements()
                .toList() + "\nextra: " + actual.difference(expected).listStatements().toList());
    }
}
