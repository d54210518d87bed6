package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The values of a corpus that the parameterised queries take, and the draws from them. */
class QueryParametersTest {

    private static final String ANNOTATION = """
            { "article": { "sourceFile": "g000002_42.txt" },
              "facts": [
                { "type": "Partnership", "partners": ["country/vn", "organization/asean"] },
                { "type": "Partnership", "partners": ["country/jp", "country/vn"] },
                { "type": "PositionHolding", "holder": "official/dao-manh-phong" },
                { "type": "Observation", "indicator": "TradeTurnover" },
                { "type": "Visit", "visitor": "official/nguyen-minh-dung" } ] }
            """;

    @Test
    void read_annotations_countriesInPartnershipsHoldersIndicatorsAndArticles(@TempDir Path folder)
            throws IOException {
        Files.writeString(folder.resolve("g000002_42.json"), ANNOTATION, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("g000001_42.json"), "{ \"article\": { \"sourceFile\": \"g000001_42.txt\" },"
                + " \"facts\": [ { \"type\": \"Observation\", \"indicator\": \"FdiRegistered\" } ] }");
        Files.writeString(folder.resolve("notes.txt"), "not an annotation");
        QueryParameters parameters = QueryParameters.read(folder, 10);
        assertEquals(List.of("country/jp", "country/vn"), parameters.pool(CatalogQuery.Kind.COUNTRY));
        assertEquals(List.of("official/dao-manh-phong"), parameters.pool(CatalogQuery.Kind.OFFICIAL));
        assertEquals(List.of("official/dao-manh-phong"), parameters.pool(CatalogQuery.Kind.NAME));
        assertEquals(List.of("FdiRegistered", "TradeTurnover"), parameters.pool(CatalogQuery.Kind.INDICATOR));
        assertEquals(List.of("g000001_42.txt", "g000002_42.txt"), parameters.pool(CatalogQuery.Kind.SOURCE_FILE));
        assertEquals(List.of("g000001_42.txt"), QueryParameters.read(folder, 1).pool(CatalogQuery.Kind.SOURCE_FILE),
                "the limit takes the first files in name order");
    }

    @Test
    void draw_sameSeed_sameValues() {
        QueryParameters parameters = new QueryParameters(Map.of(CatalogQuery.Kind.COUNTRY,
                List.of("country/us", "country/jp", "country/cn", "country/kr")));
        CatalogQuery query = new CatalogQuery("01-vietnam-partnerships", "SELECT * { ?p vnd:partner country:vn }",
                CatalogQuery.PARAMETERS.get("01-vietnam-partnerships"));
        Random a = new Random(42);
        Random b = new Random(42);
        for (int i = 0; i < 20; i++) {
            assertEquals(parameters.draw(query, a), parameters.draw(query, b));
        }
    }

    @Test
    void draw_queryWithoutParameterOrEmptyPool_null() {
        QueryParameters none = new QueryParameters(Map.of());
        assertNull(none.draw(new CatalogQuery("02-visits-per-year", "SELECT * {}", null), new Random(1)));
        assertNull(none.draw(new CatalogQuery("04-positions-of-one-official", "official:bui-thanh-son",
                CatalogQuery.PARAMETERS.get("04-positions-of-one-official")), new Random(1)));
    }
}
