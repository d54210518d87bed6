package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.SeedCounts;

/**
 * Request bodies over the limits of the project's configuration (1 MiB, 16 MiB for updates) get HTTP 413 with a
 * message: at once, before the body is sent, when Content-Length says so; once past the limit when the body
 * comes in chunks. Bodies up to the limit, in chunks or not, are answered as usual.
 */
class BodyLimitsTest {

    private static final int MIB = 1 << 20;
    private static final String QUERY_TOO_LARGE = "Request body too large: the body is larger than the 1 MiB that "
            + "/kg/sparql accepts.\n";

    @TempDir
    static Path dir;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir, Duration.ofSeconds(30), Optional.of(ServerFixture.PASSWORD));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void declaredTooLarge_413BeforeTheBodyIsSent() throws Exception {
        String answer = rawPost("/kg/sparql", "application/sparql-query", 100L * MIB, false);
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.contains("\r\nConnection: close\r\n"), answer);
        assertTrue(answer.endsWith("\r\n\r\nRequest body too large: the body of 104857600 bytes is larger than the "
                + "1 MiB that /kg/sparql accepts.\n"), answer);
        String form = rawPost("/kg/sparql", "application/x-www-form-urlencoded", MIB + 1L, false);
        assertTrue(form.startsWith("HTTP/1.1 413 "), form);
        String update = rawPost("/kg/update", "application/sparql-update", 17L * MIB, true);
        assertTrue(update.startsWith("HTTP/1.1 413 "), update);
        assertTrue(update.endsWith("the body of 17825792 bytes is larger than the 16 MiB that /kg/update "
                + "accepts.\n"), update);
        String dataset = rawPost("/kg", "application/sparql-query", 2L * MIB, false);
        assertTrue(dataset.startsWith("HTTP/1.1 413 "), dataset);
        // a path that takes no body at all refuses it first
        String page = rawPost("/about", "text/plain", 2L * MIB, false);
        assertTrue(page.startsWith("HTTP/1.1 405 "), page);
    }

    @Test
    void chunkedTooLarge_413() throws Exception {
        HttpResponse<String> query = chunked("/kg/sparql", "application/sparql-query",
                padded("SELECT * WHERE { } #", MIB + 1));
        assertEquals(413, query.statusCode());
        assertEquals(QUERY_TOO_LARGE, query.body());
        HttpResponse<String> form = chunked("/kg/sparql", "application/x-www-form-urlencoded",
                padded("query=" + URLEncoder.encode("SELECT * WHERE { } #", StandardCharsets.UTF_8), 2 * MIB));
        assertEquals(413, form.statusCode());
        assertEquals(QUERY_TOO_LARGE, form.body());
    }

    @Test
    void upToTheLimit_answered_inChunksOrNot() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } #";
        String expected = "n\r\n" + SeedCounts.UNION_TRIPLES + "\r\n";
        HttpResponse<String> whole = fixture.send(HttpRequest.newBuilder(URI.create(fixture.base() + "/kg/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(padded(count, MIB))).build());
        assertEquals(expected, whole.body());
        assertEquals(expected, chunked("/kg/sparql", "application/sparql-query", padded(count, MIB)).body());
        String form = "query=" + URLEncoder.encode(count, StandardCharsets.UTF_8);
        assertEquals(expected, chunked("/kg/sparql", "application/x-www-form-urlencoded", form).body());
    }

    @Test
    void update_overTheQueryLimit_answeredUpToItsOwn() throws Exception {
        String update = padded("#", 2 * MIB - 20) + "\nINSERT DATA { }";
        HttpResponse<String> response = fixture.send(HttpRequest.newBuilder(URI.create(fixture.base()
                + "/kg/update")).header("Content-Type", "application/sparql-update")
                .header("Authorization", basic(ServerFixture.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(update)).build());
        assertEquals(204, response.statusCode(), response.body());
    }

    /** The text, padded with 'x' to that many bytes (the text is ASCII). */
    private static String padded(String text, int bytes) {
        return text + "x".repeat(bytes - text.length());
    }

    private static HttpResponse<String> chunked(String path, String type, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return fixture.send(HttpRequest.newBuilder(URI.create(fixture.base() + path))
                .header("Content-Type", type).header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build());
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString((SparqlServer.ADMIN_USER + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends the head of a POST that declares {@code length} bytes, and only 100 of them, then reads the answer: a
     * server that waited for the body would never answer (the read times out after 10 s).
     */
    private static String rawPost(String path, String type, long length, boolean auth) throws Exception {
        try (Socket socket = new Socket("localhost", fixture.server.getHttpPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                    + "\r\nContent-Length: " + length + "\r\n"
                    + (auth ? "Authorization: " + basic(ServerFixture.PASSWORD) + "\r\n" : "") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write("x".repeat(100).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
