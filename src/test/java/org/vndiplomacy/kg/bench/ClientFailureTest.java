package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load test's clients against a real HTTP server on the loopback that fails its first answer (cut short, or
 * none at all) and answers the next one whole: the failure is the answer's, with its reason, and nothing is asked
 * twice; and a client's own exception is an error of its kind.
 */
class ClientFailureTest {

    private static final String WHOLE = "{ \"head\": { \"vars\": [\"x\"] }, \"results\": { \"bindings\": [ "
            + "{ \"x\": { \"type\": \"literal\", \"value\": \"1\" } } ] } }";

    /** What the server does with its first request. */
    private enum First { CUT_SHORT_JSON, CUT_SHORT_BODY, NO_RESPONSE }

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile First first;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (requests.incrementAndGet() > 1) {
            byte[] body = WHOLE.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            return;
        }
        switch (first) {
            case CUT_SHORT_JSON -> {
                // a chunked answer that ends properly, but in the middle of the JSON
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(WHOLE.substring(0, 60).getBytes(StandardCharsets.UTF_8));
                }
            }
            case CUT_SHORT_BODY -> {
                // 1,000 bytes promised, 10 sent, then the connection is closed
                exchange.sendResponseHeaders(200, 1000);
                OutputStream out = exchange.getResponseBody();
                out.write(new byte[10]);
                out.flush();
                exchange.close();
            }
            case NO_RESPONSE -> throw new IllegalStateException("the handler fails: the server closes the connection");
        }
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private SparqlClient sparql(boolean retryUnanswered) {
        return new SparqlClient(new SparqlClient.Endpoint("test", base().resolve("kg/sparql"), List.of()),
                Duration.ofSeconds(10), retryUnanswered);
    }

    @Test
    void ask_jsonCutShort_anErrorWithItsReason_askedOnce() {
        first = First.CUT_SHORT_JSON;
        SparqlClient.Answer answer = sparql(false).ask("SELECT * {}");
        assertEquals(0, answer.status());
        assertTrue(answer.failure().startsWith("I/O error: com.fasterxml.jackson.core.io.JsonEOFException: "
                + "Unexpected end-of-input"), answer.failure());
        assertEquals(1, requests.get());
    }

    @Test
    void ask_jsonCutShort_neverAskedAgain_evenByTheBenchmarksClient() {
        first = First.CUT_SHORT_JSON;
        SparqlClient.Answer answer = sparql(true).ask("SELECT * {}");
        assertTrue(answer.failure().startsWith("I/O error: com.fasterxml.jackson.core.io.JsonEOFException: "),
                answer.failure());
        assertEquals(1, requests.get());
    }

    @Test
    void ask_noResponse_anErrorForTheLoadTest() {
        first = First.NO_RESPONSE;
        SparqlClient.Answer answer = sparql(false).ask("SELECT * {}");
        assertEquals(0, answer.status());
        assertTrue(answer.failure().startsWith("I/O error: java.io.IOException: "), answer.failure());
        assertEquals(1, requests.get());
    }

    @Test
    void ask_noResponse_theBenchmarksClientAsksOnceMore() {
        first = First.NO_RESPONSE;
        SparqlClient.Answer answer = sparql(true).ask("SELECT * {}");
        assertEquals(new SparqlClient.Answer(200, 1, answer.nanos(), null), answer);
        assertEquals(2, requests.get());
    }

    @Test
    void get_bodyCutShort_anErrorWithItsReason_askedOnce() {
        first = First.CUT_SHORT_BODY;
        SparqlClient.Answer answer = new PageClient(base(), Duration.ofSeconds(10)).get("/about", "text/html");
        assertEquals(0, answer.status());
        assertTrue(answer.failure().startsWith("I/O error: java.io.IOException: "), answer.failure());
        assertEquals(1, requests.get());
    }

    @Test
    void get_noResponse_theJdkClientItselfSendsTheGetOnceMore() {
        // a limit of the JDK's HttpClient, not a retry of ours: a GET (idempotent) whose connection closed before
        // any byte of an answer is sent again by the client, once; docs/RELIABILITY.md says so
        first = First.NO_RESPONSE;
        SparqlClient.Answer answer = new PageClient(base(), Duration.ofSeconds(10)).get("/about", "text/html");
        assertEquals(null, answer.failure());
        assertEquals(2, requests.get());
    }

    @Test
    void step_clientsOwnException_anErrorOfItsKind_andTheClientGoesOn() throws Exception {
        first = First.CUT_SHORT_BODY;
        QueryParameters parameters = new QueryParameters(Map.of(CatalogQuery.Kind.NAME,
                List.of("official/bui-thanh-son"), CatalogQuery.Kind.COUNTRY, List.of("country/us")));
        // a resource key that is no URI path: the page client's URI.resolve throws IllegalArgumentException
        LoadMix mix = new LoadMix(CatalogQuery.read(Path.of("queries")), parameters, List.of("country/u s"),
                sparql(false), new PageClient(base(), Duration.ofSeconds(10)));
        int html = mix.kinds().indexOf("page html");
        LoadRecorder recorder = new LoadRecorder(mix.kinds(), System.nanoTime());
        LoadTest.step(mix, html, new Random(1), recorder);
        LoadTest.step(mix, html, new Random(1), recorder);
        assertEquals(2, recorder.errors("page html"));
        assertEquals(2, recorder.errors());
        assertEquals(2, recorder.latencies("page html").length);
        LoadRecorder.Failure failure = recorder.failures().get(0);
        assertEquals("GET /id/country/u s", failure.target());
        assertEquals("client exception: java.lang.IllegalArgumentException: Illegal character in path at index 13: "
                + "/id/country/u s", failure.failure());
        assertEquals(0, requests.get());
    }

    @Test
    void crashed_aClientThreadsError_counted() {
        LoadRecorder recorder = new LoadRecorder(List.of("landing"), System.nanoTime());
        recorder.crashed("load-client-3", new OutOfMemoryError("Java heap space"));
        assertEquals(1, recorder.errors());
        assertEquals("stopped by java.lang.OutOfMemoryError: Java heap space", recorder.failures().get(0).failure());
        assertEquals(List.of("landing"), recorder.unanswered());
    }
}
