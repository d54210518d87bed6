package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every evidence and mention quote of the seed graph equals the article text at its offsets. */
class EvidenceQuoteTest {

    @TempDir
    static Path dir;
    private static Dataset store;

    @BeforeAll
    static void load() throws Exception {
        store = SeedGraph.tdb2(dir);
    }

    @AfterAll
    static void close() {
        SeedGraph.release(store);
    }

    @Test
    void everySpan_quoteEqualsArticleTextAtOffsets() {
        List<String> rows = SeedGraph.select(store, """
                SELECT ?span ?start ?end ?exact ?body WHERE {
                  ?span oa:exact ?exact ; oa:start ?start ; oa:end ?end ; vnd:inArticle ?article .
                  ?article schema:articleBody ?body .
                }""");
        assertTrue(rows.size() > 300, "expected every mention and evidence of the seeds, got " + rows.size());
        List<String> wrong = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split(" \\| ", 5);
            String body = cells[4];
            int start = Integer.parseInt(cells[1]);
            int end = Integer.parseInt(cells[2]);
            int from = body.offsetByCodePoints(0, start);
            String actual = body.substring(from, body.offsetByCodePoints(from, end - start));
            if (!actual.equals(cells[3])) {
                wrong.add(cells[0] + ": \"" + cells[3] + "\" but the text has \"" + actual + "\"");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyFact_hasEvidenceAndSourceArticle() {
        List<String> missing = SeedGraph.select(store, """
                SELECT ?fact WHERE {
                  VALUES ?class { vnd:PositionHolding vnd:Partnership vnd:Visit vnd:Event vnd:Agreement
                                  vnd:PolicyDocument vnd:Observation }
                  ?fact a ?class .
                  FILTER NOT EXISTS { ?fact prov:wasDerivedFrom ?a . ?a a vnd:Article .
                                      ?fact vnd:evidence ?e . ?e oa:exact ?q }
                }""");
        assertEquals(List.of(), missing);
    }
}
