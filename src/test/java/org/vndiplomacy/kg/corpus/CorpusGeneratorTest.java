package org.vndiplomacy.kg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.annotation.EntityAnnotation;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.extract.AnnotationWriter;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.SeedFiles;
import org.vndiplomacy.kg.validate.SeedReader;

/** A corpus of 50 articles written to real files and read back by the project's validator. */
class CorpusGeneratorTest {

    private static final long SEED = 2024;
    private static final int ARTICLES = 50;

    @TempDir
    static Path dir;

    private static OntologyFiles ontology;
    private static List<AnnotatedArticle> corpus;

    @BeforeAll
    static void generate() throws Exception {
        ontology = OntologyFiles.read(Path.of("ontology"));
        CorpusGenerator generator = new CorpusGenerator(WorldBuilder.build(ontology.reference(), SEED));
        SeedFiles seeds = new SeedFiles(dir.resolve("corpus"));
        Files.createDirectories(seeds.articles());
        Files.createDirectories(seeds.annotations());
        for (int i = 1; i <= ARTICLES; i++) {
            GeneratedArticle article = generator.generate(i);
            Files.writeString(seeds.articles().resolve(article.articleFile()), article.text(), StandardCharsets.UTF_8);
            Files.writeString(seeds.annotations().resolve(article.annotationFile()),
                    AnnotationWriter.toJson(article.annotation()), StandardCharsets.UTF_8);
        }
        corpus = new SeedReader().read(seeds, ontology.knownTerms());
    }

    @Test
    void corpus_fiftyArticles_passesTheValidatorWithoutProblems() {
        assertEquals(ARTICLES, corpus.size());
        assertEquals("g000001_2024.txt", corpus.get(0).annotation().article().sourceFile());
        assertEquals("g000050_2024.txt", corpus.get(ARTICLES - 1).annotation().article().sourceFile());
    }

    @Test
    void corpus_everyArticle_statesTwentyToEightyFactsOfAllSevenKinds() {
        Set<String> kinds = new TreeSet<>();
        for (AnnotatedArticle article : corpus) {
            int facts = article.annotation().facts().size();
            assertTrue(facts >= 20 && facts <= 80, article.display() + ": " + facts + " facts");
            article.annotation().facts().forEach(f -> kinds.add(f.type()));
        }
        assertEquals(Set.of("Agreement", "Event", "Observation", "Partnership", "PolicyDocument", "PositionHolding",
                "Visit"), kinds);
    }

    @Test
    void corpus_facts_haveConfidenceOneAndTheGeneratorAsExtractor() {
        for (AnnotatedArticle article : corpus) {
            assertEquals(ArticleBuilder.ANNOTATOR, article.annotation().annotator());
            for (Fact fact : article.annotation().facts()) {
                assertEquals(0, fact.confidence().compareTo(BigDecimal.ONE), fact.id());
            }
        }
    }

    @Test
    void corpus_articles_areDatedFrom2015To2025AndHeadedLikeNews() {
        for (AnnotatedArticle article : corpus) {
            String issued = article.annotation().article().issued();
            assertTrue(issued.compareTo("2015-01-01") >= 0 && issued.compareTo("2025-12-31") <= 0, issued);
            List<String> lines = article.article().text().lines().toList();
            assertEquals(article.annotation().article().section(), lines.get(0));
            assertEquals(article.annotation().article().title(), lines.get(2));
            String[] day = issued.split("-");
            assertTrue(lines.get(4).endsWith(", ngày " + Integer.parseInt(day[2]) + "/" + Integer.parseInt(day[1])
                    + "/" + day[0]), lines.get(4));
        }
    }

    @Test
    void corpus_officials_areNamedWithZipfLikeFrequencies() {
        Map<String, Integer> articlesNaming = new TreeMap<>();
        for (AnnotatedArticle article : corpus) {
            for (EntityAnnotation e : article.annotation().entities()) {
                if (e.kind().equals("official")) {
                    articlesNaming.merge(e.ref(), 1, Integer::sum);
                }
            }
        }
        List<Integer> counts = new ArrayList<>(articlesNaming.values());
        counts.sort(null);
        int median = counts.get(counts.size() / 2);
        int most = counts.get(counts.size() - 1);
        assertEquals(1, median, counts.toString());
        assertTrue(most >= 15 * median, "most " + most + ", median " + median + ": " + counts);
    }
}
