package org.vndiplomacy.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.vocab.Prefixes;

/**
 * {@code /search?q=...}: resources whose labels or other names match the words, ignoring case and Vietnamese
 * diacritics ("pham minh chinh", "hoa ky"), best first, from the text index. JSON by default; an HTML list for
 * browsers ({@code Accept: text/html} or {@code format=html}). {@code limit} caps the hits (1 to 100, default 20).
 */
final class SearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_QUERY = 200;

    private static final String SEARCH = """
            SELECT ?s (MAX(?sc) AS ?score) (SAMPLE(?vi) AS ?labelVi) (SAMPLE(?en) AS ?labelEn) (SAMPLE(?t) AS ?type)
            WHERE {
              (?s ?sc) text:query (?lucene ?limit) .
              OPTIONAL { ?s rdfs:label|skos:prefLabel ?vi FILTER(LANG(?vi) = "vi") }
              OPTIONAL { ?s rdfs:label|skos:prefLabel ?en FILTER(LANG(?en) = "en") }
              OPTIONAL { ?s a ?t FILTER(STRSTARTS(STR(?t), STR(vnd:))) }
            }
            GROUP BY ?s ORDER BY DESC(?score) ?s""";

    private final transient StoreAccess store;
    private final transient LinkMapper links;
    private final transient PageRenderer pages = new PageRenderer();

    SearchServlet(StoreAccess store, LinkMapper links) {
        this.store = store;
        this.links = links;
    }

    /** One hit. */
    record Hit(String iri, String href, String label, String labelEn, String kind, double score) {
    }

    /** What the HTML results page shows. */
    record ResultsView(String query, List<Hit> hits) {
        public boolean none() {
            return hits.isEmpty();
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        if (q == null || q.isBlank() || q.length() > MAX_QUERY) {
            HttpLib.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "expected q=WORDS (1 to " + MAX_QUERY + " characters)");
            return;
        }
        int limit;
        try {
            limit = request.getParameter("limit") == null ? 20 : Integer.parseInt(request.getParameter("limit"));
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > 100) {
            HttpLib.error(response, HttpServletResponse.SC_BAD_REQUEST, "expected limit between 1 and 100");
            return;
        }
        List<Hit> hits = search(store.dataset(getServletContext()), q, limit);
        boolean html = "html".equals(request.getParameter("format")) || (request.getParameter("format") == null
                && RdfFormat.accepted(request.getHeader("Accept")).orElse(null) == RdfFormat.HTML
                && request.getHeader("Accept") != null && request.getHeader("Accept").contains("text/html"));
        response.setHeader("Vary", "Accept");
        if (html) {
            HttpLib.html(response, pages.render("search", new ResultsView(q, hits)));
            return;
        }
        HttpLib.securityHeaders(response);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json(q, hits).toString().getBytes(StandardCharsets.UTF_8));
    }

    List<Hit> search(Dataset dataset, String q, int limit) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(SEARCH);
        pss.setNsPrefixes(Prefixes.MAPPING);
        pss.setNsPrefix("text", "http://jena.apache.org/text#");
        pss.setLiteral("lucene", lucene(q));
        pss.setLiteral("limit", limit * 5);
        List<Hit> hits = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(pss.asQuery()).build()) {
                exec.execSelect().forEachRemaining((QuerySolution row) -> {
                    String iri = row.getResource("s").getURI();
                    String vi = row.contains("labelVi") ? row.getLiteral("labelVi").getString() : null;
                    String en = row.contains("labelEn") ? row.getLiteral("labelEn").getString() : null;
                    String type = row.contains("type") ? row.getResource("type").getLocalName() : "";
                    hits.add(new Hit(iri, links.href(iri), vi != null ? vi : en, en, type,
                            row.getLiteral("score").getDouble()));
                });
            }
        });
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    /**
     * The Lucene query for the user's words: the words as a phrase (boosted), or all of them in any order. Every
     * Lucene operator in the input is escaped, so the input can only ever be words.
     */
    static String lucene(String q) {
        List<String> words = new ArrayList<>();
        for (String w : q.strip().split("\\s+")) {
            // Lower case: AND, OR and NOT are operators only in capitals (the index is lower-cased anyway).
            String plain = w.replaceAll("[\\\\+\\-!():^\\[\\]\"{}~*?|&/]", " ").strip().toLowerCase(Locale.ROOT);
            if (!plain.isEmpty()) {
                words.addAll(List.of(plain.split("\\s+")));
            }
        }
        if (words.isEmpty()) {
            return "\"\"";
        }
        String phrase = "\"" + String.join(" ", words) + "\"^4";
        return words.size() == 1 ? words.get(0) : phrase + " OR (" + String.join(" AND ", words) + ")";
    }

    private static JsonObject json(String q, List<Hit> hits) {
        JsonObject result = new JsonObject();
        result.put("query", q);
        JsonArray array = new JsonArray();
        for (Hit hit : hits) {
            JsonObject o = new JsonObject();
            o.put("iri", hit.iri());
            o.put("page", hit.href());
            if (hit.label() != null) {
                o.put("label", hit.label());
            }
            if (hit.labelEn() != null) {
                o.put("labelEn", hit.labelEn());
            }
            o.put("kind", hit.kind());
            o.put("score", JsonNumber.value(hit.score()));
            array.add(o);
        }
        result.put("results", array);
        return result;
    }
}
