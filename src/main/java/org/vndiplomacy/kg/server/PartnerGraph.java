package org.vndiplomacy.kg.server;

import java.util.List;

/**
 * The partner-relations graph: countries, organizations and localities as nodes; partnerships, visits (directed,
 * from the visitor's side to the destination), agreements and co-participation in events as edges. Ids are the
 * resources' IRIs; a relation of three or more parties gives an edge per pair, whose id adds {@code #a-b} (the ends'
 * local names) to the relation's IRI.
 */
record PartnerGraph(List<Node> nodes, List<Edge> edges) {

    PartnerGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** An entity: its IRI, names, class ({@code Country}, {@code Organization}, {@code Locality}), mentions. */
    record Node(String id, String labelVi, String labelEn, String kind, int mentions, String page) {
    }

    /** A relation, with the fact it comes from and that fact's quotes. */
    record Edge(String id, String source, String target, String kind, boolean directed, String level,
            String levelVi, String levelEn, String date, Integer year, String fact, String page,
            List<Quote> quotes) {

        Edge {
            quotes = List.copyOf(quotes);
        }

        /** This edge with another id. */
        Edge withId(String newId) {
            return new Edge(newId, source, target, kind, directed, level, levelVi, levelEn, date, year, fact, page,
                    quotes);
        }
    }

    /** An evidence quote and the article it is in. */
    record Quote(String text, String article, String page) {
    }
}
