package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server restarted under load: eight clients ask a fixed set of questions (catalog queries, resource pages in
 * HTML and Turtle, a search, the landing page, the partner graph) of a real server ({@code java -jar ... serve},
 * a child JVM) while the test stops it, once with SIGTERM and once with SIGKILL, and starts it again on the same
 * port and store. Each time the server is up, the load goes on until every question was answered, then 3 s more.
 * Every request that ended before a stop, and every one that started after the server answered its ping again,
 * succeeded; the failed ones all overlap a window between a stop and the server being up again; every answer,
 * before and after each restart, is byte for byte the first one.
 */
class RestartUnderLoadIT {

    private static final int CLIENTS = 8;
    private static final long LOAD_MILLIS = 3000;

    @TempDir
    Path dir;

    /** One request a client sent: what, when (ms after the start of the test), and its outcome. */
    private record Outcome(String key, double startMs, double endMs, int status, String digest, String failure) {

        boolean ok() {
            return failure == null;
        }

        String line() {
            return String.format(java.util.Locale.ROOT, "%s %.0f-%.0f ms: %s", key, startMs, endMs,
                    ok() ? "HTTP " + status : failure);
        }
    }

    /** A window in which the server was down: from the signal to the first answer of the new server's ping. */
    private record Down(String signal, double fromMs, double toMs) {
    }

    private final long t0 = System.nanoTime();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Map<String, String> firstBodies = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean running = true;
    private Process server;

    private double now() {
        return (System.nanoTime() - t0) / 1e6;
    }

    @Test
    void restart_sigtermAndSigkill_errorsOnlyWhileDownAndTheSameAnswers() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        Map<String, HttpRequest> requests = requests(base);
        List<Thread> clients = new ArrayList<>();
        try {
            server = start(port, "serve-1");
            awaitPing(base, server);
            for (int i = 0; i < CLIENTS; i++) {
                int offset = i;
                Thread client = new Thread(() -> loop(requests, offset), "client-" + i);
                client.setDaemon(true);
                clients.add(client);
                client.start();
            }
            List<Down> windows = new ArrayList<>();
            awaitAnswered(requests.keySet(), 0);
            Thread.sleep(LOAD_MILLIS);
            double stopped = now();
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
            assertEquals(143, server.exitValue(), "exit status after SIGTERM");
            server = start(port, "serve-2");
            windows.add(new Down("SIGTERM", stopped, awaitPing(base, server)));
            awaitAnswered(requests.keySet(), windows.get(0).toMs());
            Thread.sleep(LOAD_MILLIS);
            stopped = now();
            server.destroyForcibly();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not stop on SIGKILL");
            assertEquals(137, server.exitValue(), "exit status after SIGKILL");
            server = start(port, "serve-3");
            windows.add(new Down("SIGKILL", stopped, awaitPing(base, server)));
            awaitAnswered(requests.keySet(), windows.get(1).toMs());
            Thread.sleep(LOAD_MILLIS);
            running = false;
            for (Thread client : clients) {
                client.join(60_000);
            }
            double end = now();
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
            assertEquals(143, server.exitValue());
            check(new ArrayList<>(outcomes), windows, requests.keySet(), end);
        } finally {
            // a failed assertion leaves neither a server nor a client behind
            running = false;
            for (Thread client : clients) {
                client.interrupt();
            }
            for (Thread client : clients) {
                client.join(10_000);
            }
            if (server != null) {
                server.destroyForcibly();
                server.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private void check(List<Outcome> all, List<Down> windows, java.util.Set<String> keys, double end) {
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> failedPerWindow = new LinkedHashMap<>();
        windows.forEach(w -> failedPerWindow.put(w.signal(), 0));
        for (Outcome outcome : all) {
            Down overlapping = windows.stream().filter(w -> outcome.endMs() >= w.fromMs()
                    && outcome.startMs() <= w.toMs()).findFirst().orElse(null);
            if (!outcome.ok()) {
                if (overlapping == null) {
                    wrong.add("failed outside a down window: " + outcome.line());
                } else {
                    failedPerWindow.merge(overlapping.signal(), 1, Integer::sum);
                }
            } else if (!outcome.digest().equals(firstBodies.get(outcome.key()).substring(0, 64))) {
                wrong.add("another answer than the first: " + outcome.line());
            }
        }
        System.out.printf(java.util.Locale.ROOT, "restart under load: %d requests, %d failed, all within the down "
                + "windows %s%n", all.size(), all.stream().filter(o -> !o.ok()).count(), windows.stream()
                .map(w -> String.format(java.util.Locale.ROOT, "%s %.0f ms (%d failed)", w.signal(),
                        w.toMs() - w.fromMs(), failedPerWindow.get(w.signal()))).toList());
        assertEquals(List.of(), wrong.stream().limit(20).toList(), windows + "; " + wrong.size() + " in all");
        // the clients did meet the server down each time (else this test would show nothing)
        failedPerWindow.forEach((signal, failed) -> assertTrue(failed > 0, "no request failed after " + signal
                + ": " + windows));
        // before the first stop, between the restarts and after the last one, every question was answered
        List<double[]> up = List.of(new double[] {0, windows.get(0).fromMs()},
                new double[] {windows.get(0).toMs(), windows.get(1).fromMs()},
                new double[] {windows.get(1).toMs(), end});
        for (double[] span : up) {
            Map<String, Long> answered = all.stream().filter(o -> o.ok() && o.startMs() >= span[0]
                    && o.endMs() <= span[1]).collect(Collectors.groupingBy(Outcome::key, Collectors.counting()));
            assertEquals(keys, answered.keySet(), "questions answered between " + span[0] + " and " + span[1]
                    + " ms: " + answered);
        }
    }

    /** Waits until every question has been answered by a request started after {@code sinceMs} (at most 120 s). */
    private void awaitAnswered(java.util.Set<String> keys, double sinceMs) throws InterruptedException {
        for (long deadline = System.nanoTime() + 120_000_000_000L; System.nanoTime() < deadline; ) {
            java.util.Set<String> answered = outcomes.stream().filter(o -> o.ok() && o.startMs() >= sinceMs)
                    .map(Outcome::key).collect(Collectors.toSet());
            if (answered.equals(keys)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not every question was answered within 120 s after " + sinceMs + " ms");
    }

    /** Sends the requests in turn, from {@code offset} on, until the test ends; records every outcome. */
    private void loop(Map<String, HttpRequest> requests, int offset) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<Map.Entry<String, HttpRequest>> list = new ArrayList<>(requests.entrySet());
        for (int i = offset; running; i++) {
            Map.Entry<String, HttpRequest> request = list.get(i % list.size());
            double start = now();
            try {
                HttpResponse<byte[]> response = http.send(request.getValue(), HttpResponse.BodyHandlers.ofByteArray());
                double ended = now();
                if (response.statusCode() != 200) {
                    outcomes.add(new Outcome(request.getKey(), start, ended, response.statusCode(), null,
                            "HTTP " + response.statusCode()));
                    pause();
                    continue;
                }
                String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(response.body()));
                firstBodies.putIfAbsent(request.getKey(), digest + new String(response.body(),
                        StandardCharsets.UTF_8));
                outcomes.add(new Outcome(request.getKey(), start, ended, 200, digest, null));
            } catch (IOException e) {
                outcomes.add(new Outcome(request.getKey(), start, now(), 0, null, e.toString()));
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** After a failure a client waits 50 ms, as a retrying client would, rather than spin while the server starts. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The questions: catalog queries as CSV, pages in HTML and Turtle, a search, the landing page, the graph. */
    private static Map<String, HttpRequest> requests(URI base) throws IOException {
        Map<String, HttpRequest> requests = new LinkedHashMap<>();
        for (String query : List.of("01-vietnam-partnerships", "07-conflicting-figures", "16-named-graphs")) {
            String text = Files.readString(Path.of("queries", query + ".rq"));
            requests.put("sparql " + query, get(base, "kg/sparql?query=" + URLEncoder.encode(text,
                    StandardCharsets.UTF_8), "text/csv"));
        }
        requests.put("count", get(base, "kg/sparql?query=" + URLEncoder.encode(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8), "text/csv"));
        requests.put("page html", get(base, "id/official/bui-thanh-son", "text/html"));
        requests.put("page turtle", get(base, "id/country/us", "text/turtle"));
        requests.put("search", get(base, "search?q=bui%20thanh%20son", "application/json"));
        requests.put("landing", get(base, "about", "text/html"));
        requests.put("partner graph", get(base, "viz/graph.json", "application/json"));
        return requests;
    }

    private static HttpRequest get(URI base, String path, String accept) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).timeout(Duration.ofSeconds(30))
                .GET().build();
    }

    /** {@code java -jar target/vn-diplomacy-kg.jar serve --localhost --port PORT --db DIR}, its output to a log. */
    private Process start(int port, String name) throws IOException {
        Path log = dir.resolve(name + ".log");
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target", "vn-diplomacy-kg.jar").toString(), "serve", "--localhost", "--port",
                Integer.toString(port), "--db", dir.resolve("db").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Polls {@code /$/ping} every 20 ms until it answers 200; returns when (ms after the start of the test). */
    private double awaitPing(URI base, Process server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ping = HttpRequest.newBuilder(base.resolve("$/ping")).timeout(Duration.ofSeconds(5)).build();
        for (long deadline = System.nanoTime() + 300_000_000_000L; System.nanoTime() < deadline; ) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped with exit code " + server.exitValue());
            }
            try {
                if (http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return now();
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server did not answer /$/ping within 300 s");
    }
}
