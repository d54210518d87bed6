package org.vndiplomacy.kg.server;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.vndiplomacy.kg.server.PartnerGraph.Edge;
import org.vndiplomacy.kg.server.PartnerGraph.Node;
import org.vndiplomacy.kg.server.PartnerGraph.Quote;

/** The partner graph as JSON: {@code {"nodes": [...], "edges": [...]}}, ids being the resources' IRIs. */
final class GraphJsonWriter {

    private GraphJsonWriter() {
    }

    static JsonObject json(PartnerGraph graph) {
        JsonArray nodes = new JsonArray();
        for (Node n : graph.nodes()) {
            JsonObject o = new JsonObject();
            o.put("id", n.id());
            put(o, "labelVi", n.labelVi());
            put(o, "labelEn", n.labelEn());
            o.put("kind", n.kind());
            o.put("mentions", n.mentions());
            o.put("page", n.page());
            nodes.add(o);
        }
        JsonArray edges = new JsonArray();
        for (Edge e : graph.edges()) {
            JsonObject o = new JsonObject();
            o.put("id", e.id());
            o.put("source", e.source());
            o.put("target", e.target());
            o.put("kind", e.kind());
            o.put("directed", e.directed());
            put(o, "level", e.level());
            put(o, "levelVi", e.levelVi());
            put(o, "levelEn", e.levelEn());
            put(o, "date", e.date());
            if (e.year() != null) {
                o.put("year", JsonNumber.value(e.year()));
            }
            o.put("fact", e.fact());
            o.put("page", e.page());
            JsonArray quotes = new JsonArray();
            for (Quote q : e.quotes()) {
                JsonObject quote = new JsonObject();
                quote.put("text", q.text());
                quote.put("article", q.article());
                quote.put("page", q.page());
                quotes.add(quote);
            }
            o.put("quotes", quotes);
            edges.add(o);
        }
        JsonObject result = new JsonObject();
        result.put("nodes", nodes);
        result.put("edges", edges);
        return result;
    }

    private static void put(JsonObject o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
