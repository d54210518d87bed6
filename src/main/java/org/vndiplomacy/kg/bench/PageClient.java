package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks a server for pages (HTTP GET with an {@code Accept} header) and reads each whole answer; its outcome is a
 * {@link SparqlClient.Answer} whose rows are the bytes of the body. Safe for many threads.
 */
final class PageClient {

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;

    PageClient(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * GETs a path (with its query string) of the server. Any failure is the answer's, with its reason (an error
     * status, a time-out, a connection reset, a body cut short); nothing is asked twice.
     */
    SparqlClient.Answer get(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", accept)
                .GET().build();
        long start = System.nanoTime();
        try {
            return send(request, start);
        } catch (HttpTimeoutException e) {
            return new SparqlClient.Answer(0, 0, System.nanoTime() - start,
                    "no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return new SparqlClient.Answer(0, 0, System.nanoTime() - start, "I/O error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SparqlClient.Answer(0, 0, System.nanoTime() - start, "interrupted");
        }
    }

    private SparqlClient.Answer send(HttpRequest request, long start) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] bytes = body.readAllBytes();
            long nanos = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                return new SparqlClient.Answer(response.statusCode(), 0, nanos, "HTTP " + response.statusCode()
                        + " " + SparqlClient.firstLine(new String(bytes, StandardCharsets.UTF_8)));
            }
            if (bytes.length == 0) {
                return new SparqlClient.Answer(200, 0, nanos, "HTTP 200 with an empty body");
            }
            return new SparqlClient.Answer(200, bytes.length, nanos, null);
        }
    }
}
