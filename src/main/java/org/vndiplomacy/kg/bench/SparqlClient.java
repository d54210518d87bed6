package org.vndiplomacy.kg.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Asks a SPARQL endpoint one query at a time (HTTP POST of a form, SPARQL JSON results), reads the whole answer and
 * counts its rows. Safe for many threads.
 */
final class SparqlClient {

    /** An endpoint: a name for the report, the URL, and form parameters sent with every query (a name may repeat). */
    record Endpoint(String name, URI uri, List<Map.Entry<String, String>> params) {
    }

    /** The outcome of one request: the rows of a 200 answer, or why there was none. */
    record Answer(int status, long rows, long nanos, String failure) {

        boolean ok() {
            return failure == null;
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final Endpoint endpoint;
    private final Duration timeout;
    private final boolean retryUnanswered;
    private final HttpClient http;

    /** A client that asks again, once, a query whose request got no answer at all (see {@link #ask}). */
    SparqlClient(Endpoint endpoint, Duration timeout) {
        this(endpoint, timeout, true);
    }

    /**
     * A client; {@code retryUnanswered} makes it ask again, once, a query whose request got no response at all (no
     * status line: a kept-alive connection the server had closed while it was idle). The benchmark allows that,
     * between its passes; the load test does not, so that every failed request is an error it reports.
     */
    SparqlClient(Endpoint endpoint, Duration timeout, boolean retryUnanswered) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.retryUnanswered = retryUnanswered;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    Endpoint endpoint() {
        return endpoint;
    }

    /**
     * Asks the query. Any failure is the answer's, with its reason: an error status, a time-out, an I/O error while
     * the request is sent or the answer read (a connection reset, a body cut short, JSON that ends early). Only when
     * the client retries unanswered requests, a request that got no response at all is sent again, once, on a new
     * connection; an answer that failed after its status line is never asked again.
     */
    Answer ask(String query) {
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response;
            try {
                response = http.send(request(query), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw e;
            } catch (IOException unanswered) {
                if (!retryUnanswered) {
                    throw unanswered;
                }
                start = System.nanoTime();
                response = http.send(request(query), HttpResponse.BodyHandlers.ofInputStream());
            }
            return read(response, start);
        } catch (HttpTimeoutException e) {
            return new Answer(0, 0, System.nanoTime() - start, "no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return new Answer(0, 0, System.nanoTime() - start, "I/O error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, 0, System.nanoTime() - start, "interrupted");
        }
    }

    /** The first value of the first row of a SELECT answer (a count, say); null when there is none. */
    String value(String query) {
        try {
            HttpResponse<byte[]> response = http.send(request(query), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return null;
            }
            JsonNode first = new ObjectMapper().readTree(response.body()).path("results").path("bindings").path(0);
            Iterator<JsonNode> values = first.elements();
            return values.hasNext() ? values.next().path("value").asText(null) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The first variable's value in every row of a SELECT answer, in the answer's order; an I/O error else. */
    java.util.List<String> values(String query) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(request(query), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " for " + firstLine(query) + ": "
                        + firstLine(new String(response.body(), StandardCharsets.UTF_8)));
            }
            JsonNode answer = new ObjectMapper().readTree(response.body());
            String variable = answer.path("head").path("vars").path(0).asText();
            java.util.List<String> values = new java.util.ArrayList<>();
            for (JsonNode row : answer.path("results").path("bindings")) {
                if (row.has(variable)) {
                    values.add(row.path(variable).path("value").asText());
                }
            }
            return values;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private HttpRequest request(String query) {
        return HttpRequest.newBuilder(endpoint.uri()).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form(query))).build();
    }

    private Answer read(HttpResponse<InputStream> response, long start) throws IOException {
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(response.statusCode(), 0, System.nanoTime() - start,
                        "HTTP " + response.statusCode() + " " + firstLine(text));
            }
            long rows = countRows(body);
            long nanos = System.nanoTime() - start;
            // Virtuoso answers 200 with what it found so far when its time limit stops a query ("anytime" query)
            String state = response.headers().firstValue("X-SQL-State").orElse("");
            if (!state.isEmpty()) {
                return new Answer(200, rows, nanos, "partial answer (X-SQL-State " + state + ")");
            }
            return new Answer(200, rows, nanos, null);
        }
    }

    /** The first line of an error page that says something, at most 160 characters. */
    static String firstLine(String text) {
        for (String line : text.split("\\R")) {
            String plain = line.replaceAll("<[^>]*>", "").strip();
            if (!plain.isEmpty()) {
                return plain.length() > 160 ? plain.substring(0, 160) + "…" : plain;
            }
        }
        return "";
    }

    private String form(String query) {
        StringBuilder form = new StringBuilder("query=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        form.append(endpoint.params().stream()
                .map(e -> "&" + e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining()));
        return form.toString();
    }

    /** The rows of SPARQL JSON results ({@code results.bindings}), read as a stream; 1 for an ASK answer. */
    static long countRows(InputStream json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            long rows = 0;
            boolean ask = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && "boolean".equals(parser.getCurrentName())) {
                    ask = true;
                } else if (token == JsonToken.FIELD_NAME && "bindings".equals(parser.getCurrentName())
                        && parser.nextToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        rows++;
                    }
                }
            }
            return ask ? 1 : rows;
        }
    }
}
