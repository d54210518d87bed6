package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The kinds of request of the load test, dealt in rounds, and what each asks. */
class LoadMixTest {

    private static final URI BASE = URI.create("http://127.0.0.1:9/");

    private static LoadMix mix(List<String> resources) throws Exception {
        SparqlClient sparql = new SparqlClient(new SparqlClient.Endpoint("x", BASE.resolve("kg/sparql"), List.of()),
                Duration.ofSeconds(1));
        QueryParameters parameters = new QueryParameters(Map.of(CatalogQuery.Kind.NAME,
                List.of("official/bui-thanh-son"), CatalogQuery.Kind.COUNTRY, List.of("country/us")));
        return new LoadMix(CatalogQuery.read(Path.of("queries")), parameters, resources, sparql,
                new PageClient(BASE, Duration.ofSeconds(1)));
    }

    @Test
    void kinds_theCatalogThenThePages() throws Exception {
        List<String> expected = new ArrayList<>();
        CatalogQuery.read(Path.of("queries")).forEach(q -> expected.add("sparql " + q.name()));
        expected.addAll(List.of("page html", "page turtle", "search", "landing", "partner graph"));
        assertEquals(expected, mix(List.of("country/us")).kinds());
        assertEquals(23, expected.size());
    }

    @Test
    void draw_eachKind_itsTarget() throws Exception {
        LoadMix mix = mix(List.of("country/us"));
        List<String> targets = IntStream.range(0, mix.kinds().size())
                .mapToObj(k -> mix.draw(k, new Random(1)).target()).toList();
        assertEquals("POST /kg/sparql 01-vietnam-partnerships (country/us)", targets.get(0));
        assertEquals("POST /kg/sparql 02-visits-per-year", targets.get(1));
        assertEquals("POST /kg/sparql 18-search-by-name (official/bui-thanh-son)", targets.get(17));
        assertEquals(List.of("GET /id/country/us", "GET /id/country/us", "GET /search?q=bui+thanh+son",
                "GET /about", "GET /viz/graph.json"), targets.subList(18, 23));
    }

    @Test
    void deck_everyKindOnceARound() {
        LoadMix.Deck deck = new LoadMix.Deck(23, 42);
        for (int round = 0; round < 5; round++) {
            List<Integer> dealt = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                dealt.add(deck.next());
            }
            assertEquals(IntStream.range(0, 23).boxed().toList(), dealt.stream().sorted().toList(), dealt.toString());
        }
    }

    @Test
    void deck_sameSeed_sameOrder() {
        LoadMix.Deck a = new LoadMix.Deck(23, 7);
        LoadMix.Deck b = new LoadMix.Deck(23, 7);
        assertEquals(IntStream.range(0, 100).map(i -> a.next()).boxed().toList(),
                IntStream.range(0, 100).map(i -> b.next()).boxed().toList());
    }

    @Test
    void words_officialKey_theNameWithoutDiacritics() {
        assertEquals("bui thanh son", LoadMix.words("official/bui-thanh-son"));
    }

    @Test
    void new_noResources_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mix(List.of()));
        assertEquals("the store has no resource of " + LoadMix.PAGE_CLASSES + " to request", e.getMessage());
    }
}
