package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.vndiplomacy.kg.server.SparqlServer;
import org.vndiplomacy.kg.store.BuildStamp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-pages}: starts the server over the built store on a free port and requests each kind of page many
 * times from one client, then prints the median and 99th percentile per page, beside Fuseki's own SPARQL endpoint
 * answering a one-row query in the same run (the reference: what a plain Fuseki request costs here).
 */
@Command(name = "bench-pages", mixinStandardHelpOptions = true,
        description = "Measure page response times (median, p99) over the built store, beside a plain SPARQL request.")
final class BenchPagesCommand implements Callable<Integer> {

    @Mixin
    private StoreOptions store;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "1000",
            description = "requests per page (default: ${DEFAULT-VALUE})")
    private int requests;

    @Option(names = "--verbose", description = "print stack traces of internal errors")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    private static final Map<String, String> PAGES = pages();

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("reference: SPARQL ASK (Fuseki)", "/kg/sparql?query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8));
        pages.put("landing /about", "/about");
        pages.put("country (HTML)", "/id/country/us");
        pages.put("country (Turtle)", "/id/country/us.ttl");
        pages.put("official (HTML)", "/id/official/bui-thanh-son");
        pages.put("partnership (HTML)", "/id/partnership/002-854a89eabb678019-partnership-vn-us-csp-2023-09");
        pages.put("observation (HTML)", "/id/observation/001-fd340b40d8971c87-obs-fdi-registered-growth-2023");
        pages.put("article (HTML)", "/id/article/001-fd340b40d8971c87");
        pages.put("search (JSON)", "/search?q=pham%20minh%20chinh");
        pages.put("ontology (HTML)", "/ontology");
        return pages;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return CommandRunner.run(err, verbose, null, () -> {
            if (requests < 10) {
                err.println("error: --requests: expected at least 10, got " + requests);
                return ExitCodes.INVALID;
            }
            if (!BuildStamp.built(store.layout())) {
                err.println("error: no built store in " + store.layout().root() + " (run the build command first)");
                return ExitCodes.IO;
            }
            FusekiServer server = SparqlServer.create(store.readConfig(), 0, Optional.empty());
            server.start();
            try {
                run(out, "http://localhost:" + server.getHttpPort());
            } finally {
                server.stop();
            }
            return ExitCodes.OK;
        });
    }

    private void run(PrintWriter out, String base) throws IOException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        out.printf("%d requests per page, one client, %s; times in milliseconds%n", requests, base);
        out.printf("%-34s %8s %8s %8s %8s%n", "page", "median", "p99", "max", "req/s");
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            URI uri = URI.create(base + page.getValue());
            for (int i = 0; i < 20; i++) {
                get(http, uri);
            }
            double[] times = new double[requests];
            long start = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                get(http, uri);
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(times);
            out.printf(Locale.ROOT, "%-34s %8.2f %8.2f %8.2f %8.0f%n", page.getKey(), times[times.length / 2],
                    times[(int) Math.ceil(times.length * 0.99) - 1], times[times.length - 1], requests / seconds);
            out.flush();
        }
    }

    private static void get(HttpClient http, URI uri) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException(uri + " answered HTTP " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
