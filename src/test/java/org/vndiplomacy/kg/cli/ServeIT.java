package org.vndiplomacy.kg.cli;

import org.vndiplomacy.kg.SeedCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/vn-diplomacy-kg.jar serve}, as the README runs it: the first start builds the store,
 * the endpoint answers the README's query (a form POST, as {@code curl --data-urlencode} sends it), SIGTERM
 * stops the server cleanly, and a second start on the built store does not build again and says how soon it
 * answered its first query. A {@code build} while the server runs is refused and leaves no mark, so the second
 * start finds the store up to date; that start reports Fuseki's version and applies {@code --result-limit}.
 */
class ServeIT {

    private static final Pattern SERVING = Pattern.compile(
            "serving the query UI at http://localhost:(\\d+)/ and SPARQL at http://localhost:\\1/kg/sparql");
    private static final Pattern FIRST = Pattern.compile(
            "first query answered ([0-9.]+) s after start: " + SeedCounts.UNION_TRIPLES
                    + " triples in the default graph \\(HTTP 200\\)");

    @TempDir
    Path dir;

    /** A check made while the server runs, given its port and process id. */
    private interface WhileServing {
        void check(int port, long pid) throws Exception;
    }

    @Test
    void serve_buildsThenServesThenStopsOnSigterm_andRestartsWithoutBuilding() throws Exception {
        Path db = dir.resolve("tdb2");
        List<String> first = serveQueryAndStop(db, List.of(), (port, pid) -> buildIsRefused(db, pid));
        assertTrue(first.get(0).endsWith("is missing or older than its inputs: building"), first.toString());
        assertTrue(first.stream().anyMatch(l -> l.startsWith("built: 5 articles, " + SeedCounts.FACTS + " facts, "
                + SeedCounts.grouped(SeedCounts.QUADS) + " triples")),
                first.toString());

        List<String> second = serveQueryAndStop(db, List.of("--result-limit", "100"), (port, pid) -> {
            reportsFusekisVersion(port);
            refusesAnswersOverTheLimit(port);
        });
        assertEquals("the store " + db.toAbsolutePath() + " is up to date", second.get(0));
        // the time is printed for people (and bench-pages); a timed assertion would only measure CI's load
        assertTrue(second.stream().anyMatch(l -> FIRST.matcher(l).matches()), second.toString());
        assertTrue(second.stream().noneMatch(l -> l.startsWith("built:")), second.toString());
    }

    @Test
    void serve_invalidSeedsWithABuiltStore_servesThePreviousBuild() throws Exception {
        Path db = dir.resolve("tdb2");
        serveQueryAndStop(db, List.of());
        SeedCopy copy = SeedCopy.in(dir.resolve("copy"));
        Path file = copy.seeds().resolve("annotations/001_fd340b40d8971c87.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"start\": (\\d+)", "\"start\": 999999"));

        List<String> lines = serveQueryAndStop(db, List.of("--seeds", copy.seeds().toString()));

        assertTrue(lines.get(0).endsWith("is missing or older than its inputs: building"), lines.toString());
        assertTrue(lines.contains("warning: 1 problem(s) in the input; serving the previous build of the store, "
                + "unchanged"), lines.toString());
    }

    /**
     * The server says Fuseki's version, not the project's that the shaded jar's main manifest section holds: in
     * {@code /$/server} (which the query UI shows), and by sending no {@code Server} header, as a Fuseki release
     * does (a development version of Fuseki sends {@code Server: Apache Jena Fuseki (VERSION)}).
     */
    private static void reportsFusekisVersion(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> server = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/$/server")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, server.statusCode());
        assertEquals(System.getProperty("jena.version"), new ObjectMapper().readTree(server.body()).get("version")
                .asText(), server.body());
        HttpResponse<String> ask = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/kg/sparql?query=ASK%7B%7D")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ask.statusCode());
        assertEquals(Optional.empty(), ask.headers().firstValue("Server"), ask.headers().toString());
    }

    /** {@code --result-limit 100}: 100 rows are answered, 101 refused. */
    private static void refusesAnswersOverTheLimit(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int rows : new int[] {100, 101}) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/kg/sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT " + rows,
                    StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(rows == 100 ? 200 : 400, answer.statusCode(), answer.body());
        }
    }

    /** A build while the server holds the store: refused, and the store is left as it was (no mark of a build). */
    private static void buildIsRefused(Path db, long pid) throws Exception {
        String stamp = Files.readString(db.resolve("build.properties"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--db",
                db.toString());

        assertEquals(ExitCodes.IO, exit, err.toString());
        assertEquals("", out.toString());
        assertEquals("error: the store is in use by another process (process " + pid + " holds it); stop it, or use "
                + "another --db, and try again\n", err.toString());
        assertFalse(Files.exists(db.resolve("build.inprogress")));
        assertEquals(stamp, Files.readString(db.resolve("build.properties")));
    }

    private List<String> serveQueryAndStop(Path db) throws Exception {
        return serveQueryAndStop(db, List.of());
    }

    private List<String> serveQueryAndStop(Path db, List<String> more) throws Exception {
        return serveQueryAndStop(db, more, (port, pid) -> { });
    }

    /**
     * Starts the server, queries it, runs {@code whileServing}, sends SIGTERM; returns everything it
     * printed (stderr after stdout).
     */
    private List<String> serveQueryAndStop(Path db, List<String> more, WhileServing whileServing)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", Path.of("target", "vn-diplomacy-kg.jar").toString(), "serve", "--port", "0",
                "--db", db.toString()));
        command.addAll(more);
        Path errors = Files.createTempFile(dir, "serve", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        Process server = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8))) {
            int port = -1;
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
                Matcher serving = SERVING.matcher(line);
                if (serving.matches()) {
                    port = Integer.parseInt(serving.group(1));
                }
                if (line.equals("press Ctrl-C to stop")) {
                    break;
                }
            }
            assertTrue(port > 0, lines.toString());
            assertTrue(lines.stream().anyMatch(l -> FIRST.matcher(l).matches()), lines.toString());

            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/kg/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(
                            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("n\r\n" + SeedCounts.UNION_TRIPLES + "\r\n", answer.body());
            whileServing.check(port, server.pid());

            server.toHandle().destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not stop on SIGTERM");
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } finally {
            server.destroyForcibly();
        }
        assertEquals("stopped", lines.get(lines.size() - 1), lines.toString());
        assertEquals(143, server.exitValue(), "exit status after SIGTERM");
        lines.addAll(Files.readAllLines(errors, StandardCharsets.UTF_8));
        return lines;
    }
}
