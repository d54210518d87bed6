package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.extract.ArticleExtractor;
import org.vndiplomacy.kg.extract.GazetteerReader;
import org.vndiplomacy.kg.validate.Extraction;
import org.vndiplomacy.kg.validate.LineSorter;
import org.vndiplomacy.kg.validate.SeedFiles;

/** The first pass's list of articles, kept as sorted lines: the same whether held in memory or spilled to disk. */
class SeedConversionTest {

    private static OntologyFiles ontology;

    @BeforeAll
    static void read() throws Exception {
        ontology = OntologyFiles.read(Path.of("ontology"));
    }

    private static List<SeedConversion.ArticleGraph> articles(long budget) throws Exception {
        return articles(Path.of("seeds"), Extraction.off(), budget, 5);
    }

    private static List<SeedConversion.ArticleGraph> articles(Path seeds, Extraction extraction, long budget,
            int expected) throws Exception {
        try (SeedConversion conversion = new SeedConversion(ontology, new SeedFiles(seeds), extraction, budget)) {
            conversion.check(count -> { });
            assertEquals(expected, conversion.articleCount());
            List<SeedConversion.ArticleGraph> first;
            try (Stream<SeedConversion.ArticleGraph> articles = conversion.articles()) {
                first = articles.toList();
            }
            try (Stream<SeedConversion.ArticleGraph> again = conversion.articles()) {
                assertEquals(first, again.toList(), "a second pass");
            }
            for (SeedConversion.ArticleGraph article : first) {
                assertEquals(article.digest(), GraphDigest.of(conversion.article(article).getGraph()),
                        article.name());
            }
            return first;
        }
    }

    @Test
    void articles_inMemoryOrSpilled_sameArticlesSortedByKeyWithTheirFilesAndDigests() throws Exception {
        List<SeedConversion.ArticleGraph> held = articles(LineSorter.LIST_BUDGET);
        assertEquals(List.of("000-18e04e0ee17e3dbf", "001-fd340b40d8971c87", "002-854a89eabb678019",
                "003-9d6eedfe7b931b05", "004-2190a0364f6f74ce"), held.stream().map(SeedConversion.ArticleGraph::key)
                .toList());
        SeedConversion.ArticleGraph first = held.get(0);
        assertEquals("seeds/annotations/000_18e04e0ee17e3dbf.json", first.source().display());
        assertEquals(Path.of("seeds/annotations/000_18e04e0ee17e3dbf.json"), first.source().annotation());
        assertEquals(Path.of("seeds/articles/000_18e04e0ee17e3dbf.txt"), first.source().article());
        assertEquals(held, articles(1), "one line per file on disk");
    }

    /**
     * Two files whose names sort one way and whose keys the other ({@code a-c} before {@code a_b}; keys {@code a-b}
     * before {@code a-c}), and an article without an annotation file, which the extraction annotates.
     */
    @Test
    void articles_fileOrderNotKeyOrderAndAnExtractedArticle_sortedByKeyWithNoAnnotationFile(@TempDir Path dir)
            throws Exception {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds.resolve("annotations"));
        Files.createDirectories(seeds.resolve("articles"));
        seed("000_18e04e0ee17e3dbf", "a_b", seeds);
        seed("001_fd340b40d8971c87", "a-c", seeds);
        Files.copy(Path.of("seeds/articles/002_854a89eabb678019.txt"), seeds.resolve("articles/b.txt"));
        ArticleExtractor extractor = new ArticleExtractor(GazetteerReader.read(ontology.ontology(),
                ontology.reference()));
        Extraction extraction = new Extraction(Extraction.Mode.MISSING, a -> extractor.extract(a.file(), a.text()));

        List<SeedConversion.ArticleGraph> held = articles(seeds, extraction, LineSorter.LIST_BUDGET, 3);

        assertEquals(List.of("a-b", "a-c", "b"), held.stream().map(SeedConversion.ArticleGraph::key).toList());
        assertEquals(seeds.resolve("annotations/a_b.json"), held.get(0).source().annotation());
        SeedConversion.ArticleGraph extracted = held.get(2);
        assertNull(extracted.source().annotation());
        assertEquals(seeds.resolve("articles/b.txt"), extracted.source().article());
        assertTrue(extracted.source().display().endsWith("seeds/articles/b.txt (extracted)"),
                extracted.source().display());
        assertEquals(held, articles(seeds, extraction, 1, 3), "one line per file on disk");
    }

    /** Copies a seed's article and annotation file under another name. */
    private static void seed(String from, String to, Path seeds) throws Exception {
        Files.copy(Path.of("seeds/articles/" + from + ".txt"), seeds.resolve("articles/" + to + ".txt"));
        String json = Files.readString(Path.of("seeds/annotations/" + from + ".json"));
        Files.writeString(seeds.resolve("annotations/" + to + ".json"), json.replace("\"sourceFile\": \"" + from
                + ".txt\"", "\"sourceFile\": \"" + to + ".txt\""));
    }

    @Test
    void fixedAndDerivedGraphs_sortAfterEveryArticleGraph() {
        String articles = IriMinter.articleGraph("");
        for (String name : List.of(IriMinter.graph("derived"), IriMinter.graph("ontology"),
                IriMinter.graph("reference"), IriMinter.graph("shapes"))) {
            assertTrue(name.compareTo(articles) > 0 && !name.startsWith(articles), name);
        }
        assertEquals(List.of(IriMinter.graph("ontology"), IriMinter.graph("shapes"), IriMinter.graph("reference")),
                SeedConversion.fixed(ontology).stream().map(SeedConversion.FixedGraph::name).toList());
    }
}
