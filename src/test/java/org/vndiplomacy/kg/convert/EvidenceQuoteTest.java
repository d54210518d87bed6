package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every evidence and mention quote of the seed graph equals the article text at its offsets. */
class EvidenceQuoteTest extends SeedStoreTest {

    /** Mentions plus distinct evidence spans in seeds/annotations (evidence shared by facts counts once). */
    private static final int SPANS = 443;

    @Test
    void everySpan_quoteEqualsSeedFileTextAtOffsets() throws Exception {
        List<String> rows = SeedGraph.select(store, """
                SELECT ?span ?start ?end ?exact ?file WHERE {
                  ?span oa:exact ?exact ; oa:start ?start ; oa:end ?end ; vnd:inArticle ?article .
                  ?article vnd:sourceFile ?file .
                }""");
        assertEquals(SPANS, rows.size(), "every mention and evidence span of the seed annotations");
        List<String> wrong = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.split(" \\| ", 5);
            String body = Normalizer.normalize(Files.readString(Path.of("seeds", "articles", cells[4])),
                    Normalizer.Form.NFC);
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
