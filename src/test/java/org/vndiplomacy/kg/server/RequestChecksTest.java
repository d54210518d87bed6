package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Paths that climb out of their folder or are encoded oddly get 400 or 404 and never a file from outside it: a
 * canary file lies beside the dumps folder and in it (unlisted), and no answer may hold its text, nor that of
 * {@code /etc/passwd} or of the store's files. The requests go out byte for byte, on a plain socket.
 */
class RequestChecksTest {

    private static final String CANARY = "CANARY-d41d8cd98f00b204";
    private static final List<String> FOLDERS = List.of("/id/country/", "/assets/", "/assets/lib/", "/dumps/",
            "/viz/", "/static/", "/", "/search/", "/ontology/", "/kg/");
    /** Each is put after every folder of {@link #FOLDERS}. */
    private static final List<String> CLIMBS = List.of(
            "../canary.txt", "../../etc/passwd", "../../../../../../etc/passwd", "./canary.txt",
            "%2e%2e/canary.txt", "%2E%2E/%2E%2E/etc/passwd", ".%2e/canary.txt", "%2e./canary.txt",
            "..%2fcanary.txt", "%2e%2e%2fcanary.txt", "..%2Fdataset%2FGOSP.dat",
            "%252e%252e%252fcanary.txt", "%25%32%65%25%32%65/canary.txt", "..%255ccanary.txt",
            "..%5ccanary.txt", "..\\canary.txt", "..\\..\\etc\\passwd", "\\..\\canary.txt",
            "%00", "site.css%00.js", "canary.txt%00.css", "..%00/canary.txt", "%0acanary.txt", "%0d%0aX-Injected:%201",
            "%c0%ae%c0%ae/canary.txt", "%c0%ae%c0%ae%c0%afcanary.txt", "%e0%80%ae%e0%80%ae/canary.txt",
            "..%c0%afcanary.txt", "..%c1%9ccanary.txt", "%uff0e%uff0e/canary.txt", "%u002e%u002e/canary.txt",
            "..;/canary.txt", "%2e%2e;/canary.txt", ";/../canary.txt", "site.css;.js",
            "/etc/passwd", "//canary.txt", "..//canary.txt", ".../canary.txt", "....//canary.txt",
            "canary.txt", "dumps.properties", "../build.properties", "../dataset/tdb.lock",
            "WEB-INF/web.xml", "META-INF/MANIFEST.MF", "../META-INF/MANIFEST.MF", "%ff%fe", "%zz");

    @TempDir
    static Path dir;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir, Duration.ofSeconds(30), Optional.of(ServerFixture.PASSWORD));
        Files.writeString(dir.resolve("canary.txt"), CANARY + "\n");
        Files.writeString(fixture.layout.dumps().resolve("canary.txt"), CANARY + "\n");
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static Stream<String> climbs() {
        List<String> paths = new ArrayList<>();
        FOLDERS.forEach(folder -> CLIMBS.forEach(climb -> paths.add(folder + climb)));
        paths.add("/" + "a".repeat(5_000));
        paths.add("/id/country/" + "..%2f".repeat(2_000) + "etc/passwd");
        paths.add("/assets/" + "x".repeat(100_000) + ".css");
        return paths.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("climbs")
    void climbOrOddEncoding_400Or404_andNothingFromOutside(String path) throws Exception {
        String answer = fixture.rawGet(path);
        int status = ServerFixture.status(answer);
        assertTrue(status == 400 || status == 404, path + " -> " + answer);
        assertFalse(answer.contains(CANARY), "the canary was served");
        assertFalse(answer.contains("root:"), "/etc/passwd was served");
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
        assertFalse(head.contains("\r\nX-Injected"), "a header was injected");
        assertFalse(answer.contains("Manifest-Version"), "a manifest was served");
    }

    /** Pages, data, Fuseki's answers and UI, and errors of every kind (Jetty's own before any handler included). */
    static Stream<String> responses() {
        String ask = "/kg/sparql?query=ASK%7B%7D";
        return Stream.of("/about", "/", "/index.html", "/favicon.ico", "/search?q=viet+nam&format=html",
                "/search?q=viet+nam", "/id/country/us", "/id/country/us.ttl", "/id/country/us.jsonld",
                "/id/country/us.nt", "/id/country/us.rdf", "/id/article/001-fd340b40d8971c87", "/ontology",
                "/ontology.ttl", "/ontology.jsonld", "/viz/", "/viz/graph.json", "/viz/graph.graphml",
                "/viz/graph.gexf", "/.well-known/void", "/dumps/vn-diplomacy-kg.nq.gz", "/assets/site.css",
                "/assets/viz.js", "/assets/lib/cytoscape.min.js", ask, ask + "&format=xml",
                "/kg/sparql?query=CONSTRUCT%7B%3Fs%20%3Fp%20%3Fo%7DWHERE%7B%3Fs%20%3Fp%20%3Fo%7DLIMIT%201",
                "/kg/get?graph=https://w3id.org/vn-diplomacy/graph/derived", "/$/ping", "/$/server", "/$/stats",
                "/nothing", "/id/country/zz", "/id/country", "/kg/sparql?query=ASK", "/assets/%2e%2e/x", "/./about",
                "/assets/%c0%ae", "/static/", "/kg/update?update=x");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void everyResponse_securityHeaders(String path) throws Exception {
        String answer = fixture.rawGet(path);
        String head = answer.substring(0, answer.indexOf("\r\n\r\n") + 2);
        assertTrue(head.contains("\r\nX-Content-Type-Options: nosniff\r\n"), head);
        String policy = path.equals("/") || path.equals("/index.html") ? HttpLib.UI_POLICY
                : HttpLib.SECURITY_HEADERS.get("Content-Security-Policy");
        assertTrue(head.contains("\r\nContent-Security-Policy: " + policy + "\r\n"), head);
        assertTrue(head.contains("\r\nReferrer-Policy: same-origin\r\n"), head);
    }

    @Test
    void dotSegments_thatJettyWouldResolve_400() throws Exception {
        // Jetty resolves these to /about, /about and /id/country/us, and served them with 200
        for (String path : List.of("/assets/../about", "/./about", "/id/country/../country/us", "/viz/./",
                "/dumps/../about", "/static/../index.html")) {
            String answer = fixture.rawGet(path);
            assertEquals(400, ServerFixture.status(answer), path + " -> " + answer);
            assertTrue(answer.endsWith("\r\n\r\nBad path: dot segment\n"), answer);
        }
    }

    @Test
    void longPath_400() throws Exception {
        String answer = fixture.rawGet("/id/country/" + "x".repeat(RequestCheckHandler.MAX_PATH));
        assertEquals(400, ServerFixture.status(answer));
        assertTrue(answer.endsWith("\r\n\r\nBad path: longer than 1024 characters\n"), answer);
    }

    @Test
    void rawNonAscii_400() throws Exception {
        String answer = fixture.raw("GET /id/country/vi\u1EC7t HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(400, ServerFixture.status(answer), answer);
    }

    @Test
    void folders_notListed() throws Exception {
        for (String path : List.of("/static/", "/assets/", "/assets/lib/", "/dumps/", "/id/", "/id/country/")) {
            String answer = fixture.rawGet(path);
            int status = ServerFixture.status(answer);
            // Jetty answers 403 for the query UI's folder, whose listing is turned off
            assertTrue(Set.of(400, 403, 404).contains(status), path + " -> " + answer);
            assertFalse(answer.contains(".js\"") || answer.contains("jetty-dir.css"), path + " was listed");
        }
    }

    @Test
    void theFilesThemselvesAndGoodEncodings_served() throws Exception {
        assertEquals(200, ServerFixture.status(fixture.rawGet("/assets/site.css")));
        assertEquals(200, ServerFixture.status(fixture.rawGet("/assets/lib/cytoscape.min.js")));
        assertEquals(200, ServerFixture.status(fixture.rawGet("/dumps/vn-diplomacy-kg.nq.gz")));
        assertEquals(200, ServerFixture.status(fixture.rawGet("/id/country/us")));
        assertEquals(200, ServerFixture.status(fixture.rawGet("/id/country/%75%73")), "plain letters encoded");
        assertEquals(200, ServerFixture.status(fixture.rawGet("/search?q=b%C3%B9i+thanh+s%C6%A1n&format=html")));
        assertEquals(200, ServerFixture.status(fixture.rawGet("/viz/")));
        assertEquals(200, ServerFixture.status(fixture.rawGet("/")));
        assertEquals(200, ServerFixture.status(fixture.rawGet("/favicon.ico")));
    }
}
