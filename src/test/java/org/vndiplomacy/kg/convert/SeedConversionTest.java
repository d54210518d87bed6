package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vndiplomacy.kg.validate.Extraction;
import org.vndiplomacy.kg.validate.SeedFiles;

/** The first pass's list of articles, kept as sorted lines: the same whether held in memory or spilled to disk. */
class SeedConversionTest {

    private static OntologyFiles ontology;

    @BeforeAll
    static void read() throws Exception {
        ontology = OntologyFiles.read(Path.of("ontology"));
    }

    private static List<SeedConversion.ArticleGraph> articles(long budget) throws Exception {
        try (SeedConversion conversion = new SeedConversion(ontology, new SeedFiles(Path.of("seeds")),
                Extraction.off(), budget)) {
            conversion.check(count -> { });
            assertEquals(5, conversion.articleCount());
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
        List<SeedConversion.ArticleGraph> held = articles(SeedConversion.ARTICLE_BUDGET);
        assertEquals(List.of("000-18e04e0ee17e3dbf", "001-fd340b40d8971c87", "002-854a89eabb678019",
                "003-9d6eedfe7b931b05", "004-2190a0364f6f74ce"), held.stream().map(SeedConversion.ArticleGraph::key)
                .toList());
        SeedConversion.ArticleGraph first = held.get(0);
        assertEquals("seeds/annotations/000_18e04e0ee17e3dbf.json", first.source().display());
        assertEquals(Path.of("seeds/annotations/000_18e04e0ee17e3dbf.json"), first.source().annotation());
        assertEquals(Path.of("seeds/articles/000_18e04e0ee17e3dbf.txt"), first.source().article());
        assertEquals(held, articles(1), "one line per file on disk");
    }
}
