package org.vndiplomacy.kg.server;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.store.StoreFixture;
import org.vndiplomacy.kg.store.StoreLayout;

/** A real server over the seed store in a folder of the test's choosing, on a free port, and an HTTP client. */
final class ServerFixture implements AutoCloseable {

    static final String PASSWORD = "s3cret,with:odd chars";

    final FusekiServer server;
    final StoreLayout layout;
    private final HttpClient http = HttpClient.newHttpClient();

    ServerFixture(Path root, Duration timeout, Optional<String> password) throws Exception {
        this(root, timeout, password, config -> { });
    }

    /** With settings of the configuration changed (as {@code serve} options or another file would). */
    ServerFixture(Path root, Duration timeout, Optional<String> password, Consumer<StoreConfig> settings)
            throws Exception {
        StoreConfig config = StoreFixture.build(root);
        config.queryTimeout(timeout);
        settings.accept(config);
        layout = new StoreLayout(root);
        server = SparqlServer.create(config, 0, password);
        server.start();
    }

    String base() {
        return "http://localhost:" + server.getHttpPort();
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    HttpResponse<String> query(String query, String accept) throws IOException, InterruptedException {
        return get("/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
    }

    HttpResponse<String> postForm(String path, String name, String value, String accept, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (password != null) {
            String token = SparqlServer.ADMIN_USER + ":" + password;
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return send(request.build());
    }

    /**
     * Sends a request; once more on a fresh connection when the pooled one turns out to have been closed by the
     * server (the JDK client then reads no bytes at all), as any HTTP client retries an idempotent request.
     */
    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /**
     * Sends bytes as they are (a request line no client library would send: backslashes, raw dot segments) on a
     * new connection, and returns everything the server answers until it closes the connection, as UTF-8.
     */
    String raw(byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", server.getHttpPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A GET of the path exactly as given, with {@code Connection: close}. */
    String rawGet(String path) throws IOException {
        return raw(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The status code of a raw answer. */
    static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** The single value of a one-row, one-column SELECT, from its CSV answer. */
    String scalar(String query) throws IOException, InterruptedException {
        String[] lines = query(query, "text/csv").body().split("\r\n");
        return lines[1];
    }

    @Override
    public void close() {
        server.stop();
        StoreFixture.release(layout);
    }
}
