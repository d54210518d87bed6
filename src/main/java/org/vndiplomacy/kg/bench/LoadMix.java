package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The requests of the load test, by kind: each query of the catalog (its entity drawn from the store, as the
 * benchmark draws it from the corpus), the HTML and the Turtle of resource pages ({@code /id/...}), name searches
 * ({@code /search}), the landing page ({@code /about}) and the partner graph's JSON ({@code /viz/graph.json}). The
 * clients take their kinds in turn from one shared {@link Deck} (every kind once a round), so that each kind is
 * asked equally often and every one is asked once the run has sent as many requests as there are kinds; each client
 * draws the parameter or resource. The values come from the served store itself.
 */
final class LoadMix {

    static final String ID_BASE = "https://w3id.org/vn-diplomacy/id/";
    private static final String VND = "https://w3id.org/vn-diplomacy/ontology#";
    private static final String PREFIX = "PREFIX vnd: <" + VND + ">\n";
    private static final int POOL_LIMIT = 1000;

    /** The classes whose resources get page requests, at most {@value #POOL_LIMIT} of each (the first by IRI). */
    static final List<String> PAGE_CLASSES = List.of("Official", "Country", "Organization", "Locality", "Article",
            "PositionHolding", "Partnership", "Visit", "Event", "Agreement", "PolicyDocument", "Observation");

    /** The kinds that are not catalog queries, in the report's order. */
    static final List<String> PAGE_KINDS = List.of("page html", "page turtle", "search", "landing",
            "partner graph");

    /** One request: its kind (a row of the report), what it asks (for the error lines), and how. */
    record Request(String kind, String target, java.util.function.Supplier<SparqlClient.Answer> send) {
    }

    private final List<String> kinds = new ArrayList<>();
    private final List<Function<Random, Request>> draws = new ArrayList<>();

    LoadMix(List<CatalogQuery> catalog, QueryParameters parameters, List<String> resources, SparqlClient sparql,
            PageClient pages) {
        if (resources.isEmpty()) {
            throw new IllegalArgumentException("the store has no resource of " + PAGE_CLASSES + " to request");
        }
        for (CatalogQuery query : catalog) {
            add("sparql " + query.name(), random -> {
                String value = parameters.draw(query, random);
                String target = "POST /kg/sparql " + query.name() + (value == null ? "" : " (" + value + ")");
                return new Request("sparql " + query.name(), target, () -> sparql.ask(query.instantiate(value)));
            });
        }
        add("page html", random -> page("page html", "/id/" + pick(resources, random), "text/html", pages));
        add("page turtle", random -> page("page turtle", "/id/" + pick(resources, random), "text/turtle", pages));
        List<String> names = parameters.pool(CatalogQuery.Kind.NAME);
        add("search", random -> page("search", "/search?q=" + URLEncoder.encode(names.isEmpty() ? "viet nam"
                : words(pick(names, random)), StandardCharsets.UTF_8), "application/json", pages));
        add("landing", random -> page("landing", "/about", "text/html", pages));
        add("partner graph", random -> page("partner graph", "/viz/graph.json", "application/json", pages));
    }

    private void add(String kind, Function<Random, Request> draw) {
        kinds.add(kind);
        draws.add(draw);
    }

    private static Request page(String kind, String path, String accept, PageClient pages) {
        return new Request(kind, "GET " + path, () -> pages.get(path, accept));
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code official/bui-thanh-son} as the words {@code bui thanh son}. */
    static String words(String key) {
        return key.substring(key.indexOf('/') + 1).replace('-', ' ');
    }

    /** The kinds, in the report's order: the catalog's queries by name, then the pages. */
    List<String> kinds() {
        return List.copyOf(kinds);
    }

    /** The request of one kind (an index into {@link #kinds()}), its parameter drawn with {@code random}. */
    Request draw(int kind, Random random) {
        return draws.get(kind).apply(random);
    }

    /** The kinds dealt in rounds: each round every kind once, in an order shuffled by the seed. Safe for threads. */
    static final class Deck {

        private final int[] order;
        private final Random shuffle;
        private int next;

        Deck(int kinds, long seed) {
            this.order = java.util.stream.IntStream.range(0, kinds).toArray();
            this.shuffle = new Random(seed);
            this.next = kinds;
        }

        synchronized int next() {
            if (next == order.length) {
                for (int i = order.length - 1; i > 0; i--) {
                    int j = shuffle.nextInt(i + 1);
                    int swap = order[i];
                    order[i] = order[j];
                    order[j] = swap;
                }
                next = 0;
            }
            return order[next++];
        }
    }

    Deck deck(long seed) {
        return new Deck(draws.size(), seed);
    }

    /** The parameters of the catalog queries, read from the served store (at most 1,000 of each, by IRI). */
    static QueryParameters parameters(SparqlClient sparql) throws IOException {
        Map<CatalogQuery.Kind, List<String>> pools = new EnumMap<>(CatalogQuery.Kind.class);
        pools.put(CatalogQuery.Kind.COUNTRY, keys(sparql, "?p a vnd:Partnership ; vnd:partner ?x ."
                + " FILTER(STRSTARTS(STR(?x), \"" + ID_BASE + "country/\"))"));
        List<String> officials = keys(sparql, "?h a vnd:PositionHolding ; vnd:holder ?x ."
                + " FILTER(STRSTARTS(STR(?x), \"" + ID_BASE + "official/\"))");
        pools.put(CatalogQuery.Kind.OFFICIAL, officials);
        pools.put(CatalogQuery.Kind.NAME, officials);
        pools.put(CatalogQuery.Kind.INDICATOR, sparql.values(select("?o a vnd:Observation ; vnd:indicator ?x ."))
                .stream().map(iri -> iri.substring(iri.indexOf('#') + 1)).toList());
        pools.put(CatalogQuery.Kind.SOURCE_FILE, sparql.values(select("?a a vnd:Article ; vnd:sourceFile ?x .")));
        return new QueryParameters(pools);
    }

    /** The resources to request pages of, as {@code kind/key}. */
    static List<String> resources(SparqlClient sparql) throws IOException {
        List<String> resources = new ArrayList<>();
        for (String type : PAGE_CLASSES) {
            resources.addAll(keys(sparql, "?x a vnd:" + type + " . FILTER(STRSTARTS(STR(?x), \"" + ID_BASE + "\"))"));
        }
        return resources;
    }

    private static List<String> keys(SparqlClient sparql, String pattern) throws IOException {
        return sparql.values(select(pattern)).stream().map(iri -> iri.substring(ID_BASE.length())).toList();
    }

    private static String select(String pattern) {
        return PREFIX + "SELECT DISTINCT ?x WHERE { " + pattern + " } ORDER BY ?x LIMIT " + POOL_LIMIT;
    }
}
