package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.corpus.CorpusGenerator;
import org.vndiplomacy.kg.corpus.GeneratedArticle;
import org.vndiplomacy.kg.corpus.WorldBuilder;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.ArticleText;
import org.vndiplomacy.kg.validate.SeedFiles;
import org.vndiplomacy.kg.validate.SeedReader;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The streaming conflict computation (records sorted on disk, one measure's figures held at a time) gives the graph
 * that comparing every pair of figures in memory gives: on the seeds, and on a generated corpus with revised figures,
 * with a budget small enough to spill the records to many runs.
 */
class ConflictCollectorTest {

    private static OntologyFiles ontology;

    @BeforeAll
    static void readOntology() throws Exception {
        ontology = OntologyFiles.read(Path.of("ontology"));
    }

    @Test
    void seeds_sameAsEveryPair() throws Exception {
        List<AnnotatedArticle> seeds = new SeedReader().read(new SeedFiles(Path.of("seeds")), ontology.knownTerms());
        Model expected = everyPair(seeds);
        assertEquals(10, expected.size(), "the seeds' conflicts");
        assertIsomorphic(expected, new ConflictFinder().find(seeds));
    }

    @Test
    void generatedCorpus_spilledToDisk_sameAsEveryPair() {
        CorpusGenerator generator = new CorpusGenerator(WorldBuilder.build(ontology.reference(), 7));
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            GeneratedArticle g = generator.generate(i);
            articles.add(new AnnotatedArticle(g.annotationFile(), g.annotation(), new ArticleText(g.articleFile(),
                    g.text())));
        }
        Model expected = everyPair(articles);
        assertTrue(expected.size() > 100, "the corpus has conflicts: " + expected.size());
        try (ConflictCollector collector = new ConflictCollector(50_000)) {
            articles.forEach(collector::add);
            try (DerivedGraph derived = collector.finish()) {
                assertEquals(expected.size(), derived.size());
                assertEquals(GraphDigest.of(expected.getGraph()), derived.digest());
                assertIsomorphic(expected, derived.toModel());
            }
        }
    }

    /** The reference: every pair of figures of one measure compared, all articles in memory. */
    private static Model everyPair(List<AnnotatedArticle> inputs) {
        Map<String, List<String[]>> byMeasure = new LinkedHashMap<>();
        Map<String, FigureInterval> intervals = new LinkedHashMap<>();
        for (AnnotatedArticle input : inputs) {
            String key = ArticleConverter.articleKey(input);
            for (Fact fact : input.annotation().facts()) {
                if (fact instanceof Fact.Observation o) {
                    String iri = IriMinter.fact(key, o);
                    intervals.put(iri, FigureInterval.of(o));
                    byMeasure.computeIfAbsent(ConflictCollector.measure(o), m -> new ArrayList<>())
                            .add(new String[] {key, iri});
                }
            }
        }
        Model derived = ModelFactory.createDefaultModel();
        for (List<String[]> figures : byMeasure.values()) {
            for (String[] a : figures) {
                for (String[] b : figures) {
                    if (!a[0].equals(b[0]) && !intervals.get(a[1]).overlaps(intervals.get(b[1]))) {
                        Resource ra = derived.createResource(a[1]);
                        ra.addProperty(VND.conflictsWith, derived.createResource(b[1]));
                    }
                }
            }
        }
        return derived;
    }

    private static void assertIsomorphic(Model expected, Model actual) {
        assertTrue(expected.isIsomorphicWith(actual), () -> "missing " + expected.difference(actual)
                + "\nextra " + actual.difference(expected));
    }
}
