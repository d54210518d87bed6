package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalog as the benchmark reads it, and the queries that take an entity of the corpus. */
class CatalogQueryTest {

    private static Map<String, CatalogQuery> catalog() throws IOException {
        return CatalogQuery.read(Path.of("queries")).stream()
                .collect(Collectors.toMap(CatalogQuery::name, Function.identity()));
    }

    @Test
    void read_queriesFolder_everyQueryAndEveryParameterFound() throws IOException {
        Map<String, CatalogQuery> catalog = catalog();
        assertEquals(18, catalog.size());
        assertEquals(CatalogQuery.PARAMETERS.keySet(), catalog.values().stream()
                .filter(q -> q.parameter() != null).map(CatalogQuery::name).collect(Collectors.toSet()));
    }

    @Test
    void instantiate_country_bothMentionsReplaced() throws IOException {
        String query = catalog().get("01-vietnam-partnerships").instantiate("country/jp");
        assertTrue(query.contains("vnd:partner country:jp , ?partner"), query);
        assertTrue(query.contains("FILTER(?partner != country:jp)"), query);
        assertFalse(query.contains("country:vn ,"), query);
    }

    @Test
    void instantiate_indicator_longerNamesThatStartTheSameLeftAlone() throws IOException {
        String query = catalog().get("06-figures-for-one-indicator").instantiate("TradeTurnover");
        assertTrue(query.contains("vnd:indicator vnd:TradeTurnover ;"), query);
        assertTrue(query.contains("vnd:FdiRegisteredGrowth"), "the comment's other indicator stays: " + query);
    }

    @Test
    void instantiate_sourceFileAndName_asLiteralAndPhrase() throws IOException {
        Map<String, CatalogQuery> catalog = catalog();
        assertTrue(catalog.get("08-facts-of-one-article").instantiate("g000007_42.txt")
                .contains("vnd:sourceFile \"g000007_42.txt\" ."));
        assertTrue(catalog.get("18-search-by-name").instantiate("official/dinh-van-minh-huy")
                .contains("text:query (rdfs:label '\"dinh van minh huy\"' 'lang:vi')"));
        assertTrue(catalog.get("10-co-mentioned-with-one-official").instantiate("official/dao-manh-phong")
                .contains("FILTER(?other != official:dao-manh-phong)"));
    }

    @Test
    void instantiate_noParameterOrNoValue_theQueryAsIs() throws IOException {
        Map<String, CatalogQuery> catalog = catalog();
        CatalogQuery visits = catalog.get("02-visits-per-year");
        assertEquals(visits.text(), visits.instantiate("country/jp"), "02 names Vietnam, but takes no parameter");
        CatalogQuery official = catalog.get("04-positions-of-one-official");
        assertEquals(official.text(), official.instantiate(null));
    }

    @Test
    void jenaSpecific_onlyTheTextSearch() throws IOException {
        List<String> specific = catalog().values().stream().filter(CatalogQuery::jenaSpecific)
                .map(CatalogQuery::name).toList();
        assertEquals(List.of("18-search-by-name"), specific);
    }

    @Test
    void constructor_queryWithoutItsToken_refusedWithTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CatalogQuery(
                "04-positions-of-one-official", "SELECT * { ?s ?p ?o }",
                CatalogQuery.PARAMETERS.get("04-positions-of-one-official")));
        assertTrue(e.getMessage().contains("04-positions-of-one-official"), e.getMessage());
    }
}
