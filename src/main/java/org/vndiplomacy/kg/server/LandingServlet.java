package org.vndiplomacy.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.vocab.Prefixes;

/**
 * {@code /about}: the landing page: what the dataset is, its counts, the search box, and links to the query UI
 * (each catalog query opens in it, ready to run), the ontology and the data.
 */
final class LandingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String COUNTS = """
            SELECT
              (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?fact) AS ?facts)
              (COUNT(DISTINCT ?entity) AS ?entities)
            WHERE {
              { ?article a vnd:Article }
              UNION { ?fact vnd:evidence ?e }
              UNION { ?entity a ?c . VALUES ?c { vnd:Official vnd:Country vnd:Organization vnd:Locality } }
            }""";

    private final transient StoreAccess store;
    private final transient Path queries;
    private final transient PageRenderer pages = new PageRenderer();

    LandingServlet(StoreAccess store, Path queries) {
        this.store = store;
        this.queries = queries;
    }

    /** A catalog query: its file, its question in both languages, and the link that opens it in the query UI. */
    record CatalogQuery(String file, String question, String cauHoi, String href) {
    }

    /** What the landing page shows. */
    record LandingView(long articles, long facts, long entities, long triples, List<CatalogQuery> queries) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Dataset dataset = store.dataset(getServletContext());
        long[] counts = Txn.calculateRead(dataset, () -> counts(dataset));
        HttpLib.html(response, pages.render("landing",
                new LandingView(counts[0], counts[1], counts[2], counts[3], catalog())));
    }

    private static long[] counts(Dataset dataset) {
        long[] counts = new long[4];
        String query = Prefixes.MAPPING.getNsPrefixMap().entrySet().stream()
                .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").reduce("", String::concat) + COUNTS;
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
            QuerySolution row = exec.execSelect().next();
            counts[0] = row.getLiteral("articles").getLong();
            counts[1] = row.getLiteral("facts").getLong();
            counts[2] = row.getLiteral("entities").getLong();
        }
        try (QueryExecution exec = QueryExecution.dataset(dataset)
                .query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").build()) {
            counts[3] = exec.execSelect().next().getLiteral("n").getLong();
        }
        return counts;
    }

    private List<CatalogQuery> catalog() throws IOException {
        List<CatalogQuery> result = new ArrayList<>();
        if (queries == null || !Files.isDirectory(queries)) {
            return result;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(queries)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            result.add(new CatalogQuery(file.getFileName().toString(), header(lines, "# Question:"),
                    header(lines, "# Câu hỏi:"), "/#/dataset/kg/query?query="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20")));
        }
        return result;
    }

    private static String header(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> l.substring(prefix.length()).strip()).orElse("");
    }
}
