package org.vndiplomacy.kg.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vndiplomacy.kg.server.PartnerGraph.Edge;
import org.vndiplomacy.kg.server.PartnerGraph.Node;
import org.vndiplomacy.kg.server.PartnerGraph.Quote;

/**
 * Benchmark, not a test of {@code mvn verify}: the partner page in headless Chromium with a synthetic graph of
 * 2,000 nodes and 10,000 edges (seeded, so every run draws the same graph). It serves the page, its scripts and the
 * synthetic JSON from a small local HTTP server and prints, for several loads, the time from navigation to the
 * drawn graph and the time a click on a node takes to fill the side panel, with the page's own timings (ms since
 * navigation: JSON fetched and parsed, graph created, laid out, filtered). Run it with {@code mvn -B verify
 * -Pviz-benchmark} (the profile in {@code pom.xml} skips the tests and runs only this); figures in
 * {@code docs/BENCHMARKS.md}.
 */
class VizBenchmark {

    private static final int NODES = 2_000;
    private static final int EDGES = 10_000;
    private static final int LOADS = 5;

    @TempDir
    Path dir;

    @Test
    void partnerPage_2000Nodes10000Edges_printsTimes() throws Exception {
        byte[] json = GraphJsonWriter.json(synthetic()).toString().getBytes(StandardCharsets.UTF_8);
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            String type;
            if (path.equals("/viz/graph.json")) {
                body = json;
                type = "application/json";
            } else if (path.equals("/viz/")) {
                body = resource("/templates/viz.html");
                type = "text/html";
            } else if (path.equals("/assets/lib/cytoscape.min.js")) {
                body = resource("/META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js");
                type = "text/javascript";
            } else {
                body = resource("/assets" + path.substring(path.lastIndexOf('/')));
                type = path.endsWith(".css") ? "text/css" : "text/javascript";
            }
            exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        http.start();
        try (BrowserSession browser = new BrowserSession(dir.resolve("profile"))) {
            String url = "http://localhost:" + http.getAddress().getPort() + "/viz/";
            System.out.printf("partner page, %d nodes, %d edges (%,d bytes of JSON), headless Chromium%n", NODES,
                    EDGES, json.length);
            System.out.printf("%-6s %24s %22s%n", "load", "navigation to drawn (ms)", "click to panel (ms)");
            for (int load = 1; load <= LOADS; load++) {
                browser.driver.get(url);
                new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> browser.driver.executeScript(
                        "return window.kgViz && window.kgViz.readyMillis()") != null);
                double drawn = ((Number) browser.driver.executeScript("return window.kgViz.readyMillis()"))
                        .doubleValue();
                double click = ((Number) browser.driver.executeScript(
                        "var t = performance.now(); window.kgViz.tap(arguments[0]); return performance.now() - t;",
                        "https://example.org/node/0")).doubleValue();
                System.out.printf(Locale.ROOT, "%-6d %24.0f %22.1f  %s%n", load, drawn, click,
                        browser.driver.executeScript("return window.kgViz.timings()"));
            }
            browser.screenshot("20-benchmark-2000-nodes");
        } finally {
            http.stop(0);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = VizBenchmark.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** A seeded random graph: Zipf-like degrees, every kind of relation, years 2015-2025. */
    static PartnerGraph synthetic() {
        Random random = new Random(42);
        List<Node> nodes = new ArrayList<>();
        String[] kinds = {"Country", "Organization", "Locality"};
        for (int i = 0; i < NODES; i++) {
            nodes.add(new Node("https://example.org/node/" + i, "Nút " + i, "Node " + i, kinds[i % 3],
                    1 + (int) (200.0 / (i + 1)), "/id/x/" + i));
        }
        List<Edge> edges = new ArrayList<>();
        String[] relations = {"partnership", "visit", "agreement", "event"};
        String[] levels = {"StrategicPartnership", "ComprehensivePartnership", "ComprehensiveStrategicPartnership"};
        for (int i = 0; i < EDGES; i++) {
            int a = (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * NODES);
            int b = random.nextInt(NODES);
            if (a == b) {
                b = (b + 1) % NODES;
            }
            String kind = relations[i % relations.length];
            String level = kind.equals("partnership") ? levels[i % levels.length] : null;
            int year = 2015 + random.nextInt(11);
            edges.add(new Edge("https://example.org/edge/" + i, nodes.get(a).id(), nodes.get(b).id(), kind,
                    kind.equals("visit"), level, level, level, year + "-01", year, "https://example.org/edge/" + i,
                    "/id/x/e" + i, List.of(new Quote("Trích dẫn " + i, "synthetic.txt", "/id/article/x"))));
        }
        return new PartnerGraph(nodes, edges);
    }
}
