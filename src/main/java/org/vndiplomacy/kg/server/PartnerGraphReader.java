package org.vndiplomacy.kg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.server.PartnerGraph.Edge;
import org.vndiplomacy.kg.server.PartnerGraph.Node;
import org.vndiplomacy.kg.server.PartnerGraph.Quote;
import org.vndiplomacy.kg.vocab.Prefixes;

/**
 * Reads the {@link PartnerGraph} from the store by SPARQL. Nodes are the countries, organizations and localities
 * that an article mentions or that a relation links. A person's side (for visits and events) is the country of a
 * position they hold (the position's organization when it is a country, or that organization's
 * {@code vnd:country}), else the organization itself; people with no known side add no edge.
 */
final class PartnerGraphReader {

    private static final String NODES = """
            SELECT ?x ?kind (COUNT(?m) AS ?mentions) (SAMPLE(?vi) AS ?labelVi) (SAMPLE(?en) AS ?labelEn) WHERE {
              VALUES ?kind { vnd:Country vnd:Organization vnd:Locality }
              ?x a ?kind .
              OPTIONAL { ?m vnd:mentionOf ?x }
              OPTIONAL { ?x rdfs:label ?vi FILTER(LANG(?vi) = "vi") }
              OPTIONAL { ?x rdfs:label ?en FILTER(LANG(?en) = "en") }
            } GROUP BY ?x ?kind""";

    private static final String SIDES = """
            SELECT ?person ?side ?isCountry WHERE {
              ?p vnd:holder ?person ; vnd:organization ?org .
              OPTIONAL { ?org vnd:country ?c }
              BIND(EXISTS { ?org a vnd:Country } AS ?orgIsCountry)
              BIND(IF(?orgIsCountry, ?org, COALESCE(?c, ?org)) AS ?side)
              BIND(?orgIsCountry || BOUND(?c) AS ?isCountry)
            }""";

    private static final String PARTNERSHIPS = """
            SELECT ?f ?a ?b ?level ?date WHERE {
              ?f a vnd:Partnership ; vnd:partner ?a , ?b ; vnd:level ?level .
              FILTER(STR(?a) < STR(?b))
              OPTIONAL { ?f vnd:establishedOn ?date }
            }""";

    private static final String VISITS = """
            SELECT ?f ?person ?b ?date WHERE {
              ?f a vnd:Visit ; vnd:visitor ?person ; vnd:destination ?b .
              OPTIONAL { ?f vnd:startDate ?date }
            }""";

    private static final String AGREEMENTS = """
            SELECT ?f ?a ?b ?date WHERE {
              ?f a vnd:Agreement ; vnd:party ?a , ?b .
              FILTER(STR(?a) < STR(?b))
              OPTIONAL { ?f vnd:signedOn ?date }
            }""";

    private static final String EVENTS = """
            SELECT ?f ?person ?date WHERE {
              ?f a vnd:Event ; vnd:participant|vnd:chair|vnd:coChair ?person .
              OPTIONAL { ?f vnd:startDate ?date }
            }""";

    private static final String QUOTES = """
            SELECT ?f ?text ?file ?article WHERE {
              VALUES ?kind { vnd:Partnership vnd:Visit vnd:Agreement vnd:Event }
              ?f a ?kind ; vnd:evidence ?e .
              ?e oa:exact ?text ; oa:start ?start ; vnd:inArticle ?article .
              ?article vnd:sourceFile ?file .
            } ORDER BY ?f ?file ?start""";

    private static final String LABELS = """
            SELECT ?x ?vi ?en WHERE {
              ?x a vnd:PartnershipLevel .
              OPTIONAL { ?x skos:prefLabel ?vi FILTER(LANG(?vi) = "vi") }
              OPTIONAL { ?x skos:prefLabel ?en FILTER(LANG(?en) = "en") }
            }""";

    private final Dataset dataset;
    private final LinkMapper links;

    PartnerGraphReader(Dataset dataset, LinkMapper links) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.links = Objects.requireNonNull(links, "links");
    }

    PartnerGraph read() {
        return Txn.calculateRead(dataset, this::readInTransaction);
    }

    private PartnerGraph readInTransaction() {
        Map<String, Node> nodes = new TreeMap<>();
        select(NODES, row -> {
            String x = iri(row, "x");
            Node node = new Node(x, text(row, "labelVi"), text(row, "labelEn"), local(iri(row, "kind")),
                    row.getLiteral("mentions").getInt(), links.href(x));
            nodes.merge(x, node, (a, b) -> a.kind().compareTo(b.kind()) <= 0 ? a : b);
        });
        Map<String, String> sides = sides();
        Map<String, List<Quote>> quotes = quotes();
        Map<String, String[]> levels = new HashMap<>();
        select(LABELS, row -> levels.put(iri(row, "x"), new String[] {text(row, "vi"), text(row, "en")}));
        List<Edge> edges = new ArrayList<>();
        select(PARTNERSHIPS, row -> {
            String level = iri(row, "level");
            String[] names = levels.getOrDefault(level, new String[] {null, null});
            edges.add(edge(iri(row, "f"), iri(row, "a"), iri(row, "b"), "partnership", false, level, names,
                    text(row, "date"), quotes));
        });
        select(VISITS, row -> {
            String from = sides.get(iri(row, "person"));
            if (from != null && !from.equals(iri(row, "b"))) {
                edges.add(edge(iri(row, "f"), from, iri(row, "b"), "visit", true, null, null, text(row, "date"),
                        quotes));
            }
        });
        select(AGREEMENTS, row -> edges.add(edge(iri(row, "f"), iri(row, "a"), iri(row, "b"), "agreement", false,
                null, null, text(row, "date"), quotes)));
        events(sides, quotes, edges);
        edges.removeIf(e -> !nodes.containsKey(e.source()) || !nodes.containsKey(e.target()));
        List<Edge> unique = uniqueIds(edges);
        Set<String> linked = new LinkedHashSet<>();
        unique.forEach(e -> {
            linked.add(e.source());
            linked.add(e.target());
        });
        List<Node> kept = nodes.values().stream().filter(n -> n.mentions() > 0 || linked.contains(n.id())).toList();
        return new PartnerGraph(kept, unique);
    }

    /**
     * One edge per relation and pair of ends (two visitors from one country make one visit edge), sorted by id.
     * A relation that yields one edge keeps its IRI as the edge's id; one that yields several (an agreement of three
     * parties, a visit to two places) adds {@code #source-target} (their local names) to the IRI of each.
     */
    private static List<Edge> uniqueIds(List<Edge> edges) {
        Map<String, Edge> distinct = new LinkedHashMap<>();
        edges.forEach(e -> distinct.putIfAbsent(e.fact() + " " + e.source() + " " + e.target(), e));
        Map<String, Long> perFact = distinct.values().stream()
                .collect(Collectors.groupingBy(Edge::fact, Collectors.counting()));
        return distinct.values().stream()
                .map(e -> perFact.get(e.fact()) == 1 ? e
                        : e.withId(e.fact() + "#" + local(e.source()) + "-" + local(e.target())))
                .sorted(Comparator.comparing(Edge::id)).toList();
    }

    /** Each event links every two sides among its chairs and participants. */
    private void events(Map<String, String> sides, Map<String, List<Quote>> quotes, List<Edge> edges) {
        Map<String, Set<String>> sidesOf = new TreeMap<>();
        Map<String, String> dates = new HashMap<>();
        select(EVENTS, row -> {
            String side = sides.get(iri(row, "person"));
            if (side != null) {
                sidesOf.computeIfAbsent(iri(row, "f"), k -> new TreeSet<>()).add(side);
            }
            dates.putIfAbsent(iri(row, "f"), text(row, "date"));
        });
        sidesOf.forEach((event, set) -> {
            List<String> list = new ArrayList<>(set);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    edges.add(edge(event, list.get(i), list.get(j), "event", false, null, null, dates.get(event),
                            quotes));
                }
            }
        });
    }

    private Edge edge(String fact, String a, String b, String kind, boolean directed, String level,
            String[] levelNames, String date, Map<String, List<Quote>> quotes) {
        Integer year = date != null && date.matches("\\d{4}.*") ? Integer.valueOf(date.substring(0, 4)) : null;
        return new Edge(fact, a, b, kind, directed, level == null ? null : local(level),
                levelNames == null ? null : levelNames[0], levelNames == null ? null : levelNames[1], date, year,
                fact, links.href(fact), quotes.getOrDefault(fact, List.of()));
    }

    /** Each person's side: a country where one is known, else an organization; the first in IRI order. */
    private Map<String, String> sides() {
        Map<String, String> countries = new TreeMap<>();
        Map<String, String> organizations = new TreeMap<>();
        select(SIDES, row -> {
            Map<String, String> target = row.getLiteral("isCountry").getBoolean() ? countries : organizations;
            target.merge(iri(row, "person"), iri(row, "side"), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        });
        organizations.putAll(countries);
        return organizations;
    }

    private Map<String, List<Quote>> quotes() {
        Map<String, List<Quote>> quotes = new HashMap<>();
        select(QUOTES, row -> quotes.computeIfAbsent(iri(row, "f"), k -> new ArrayList<>()).add(new Quote(
                text(row, "text"), text(row, "file"), links.href(iri(row, "article")))));
        return quotes;
    }

    private void select(String query, Consumer<QuerySolution> each) {
        StringBuilder prologue = new StringBuilder();
        Prefixes.MAPPING.getNsPrefixMap().forEach((p, ns) -> prologue.append("PREFIX ").append(p).append(": <")
                .append(ns).append(">\n"));
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(prologue + query).build()) {
            exec.execSelect().forEachRemaining(each);
        }
    }

    private static String iri(QuerySolution row, String var) {
        return row.getResource(var).getURI();
    }

    private static String text(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String local(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
