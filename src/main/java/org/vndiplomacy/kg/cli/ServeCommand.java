package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.vndiplomacy.kg.server.ServerLimits;
import org.vndiplomacy.kg.server.SparqlServer;
import org.vndiplomacy.kg.store.BuildStamp;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.vocab.VND;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: builds the store when it is missing or older than its inputs, then serves it with Fuseki until
 * Ctrl-C or SIGTERM, which stop the server cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the store if it is missing or stale, then serve the SPARQL endpoint and query UI.")
final class ServeCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "VNKG_ADMIN_PASSWORD";

    @Mixin
    private InputOptions input;

    @Mixin
    private StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "the HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--query-timeout", paramLabel = "SECONDS",
            description = "stop queries after this many seconds (default: the configuration's, 30)")
    private Integer timeoutSeconds;

    @Option(names = "--result-limit", paramLabel = "N",
            description = "refuse (HTTP 400) answers of more than N rows or triples (default: the configuration's, "
                    + "100000)")
    private Long resultLimit;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "a file whose first line is the password of the user admin, who alone may update "
                    + "(default: the environment variable " + PASSWORD_VARIABLE + "; without either, no update)")
    private Path passwordFile;

    @Option(names = "--localhost", description = "listen on the loopback interface only (default: all interfaces)")
    private boolean localhost;

    @Option(names = "--iri-base", paramLabel = "IRI", defaultValue = VND.ID_BASE,
            description = "the IRI base of the resources served at /id/... (default: ${DEFAULT-VALUE})")
    private String iriBase;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return CommandRunner.run(err, input.verbose, () -> {
            if (port < 0 || port > 65535) {
                err.println("error: --port: expected 0 to 65535, got " + port);
                return ExitCodes.INVALID;
            }
            if (timeoutSeconds != null && timeoutSeconds <= 0) {
                err.println("error: --query-timeout: expected a positive number of seconds, got " + timeoutSeconds);
                return ExitCodes.INVALID;
            }
            if (resultLimit != null && resultLimit <= 0) {
                err.println("error: --result-limit: expected a positive number of rows, got " + resultLimit);
                return ExitCodes.INVALID;
            }
            if (!iriBase.matches("https?://[^\\s<>\"]+/")) {
                err.println("error: --iri-base: expected an http(s) IRI ending with '/', got \"" + iriBase + "\"");
                return ExitCodes.INVALID;
            }
            Optional<String> password = password();
            if (password.isPresent() && password.get().isBlank()) {
                err.println("error: the admin password is empty");
                return ExitCodes.INVALID;
            }
            StoreConfig config = store.readConfig();
            if (timeoutSeconds != null) {
                config.queryTimeout(Duration.ofSeconds(timeoutSeconds));
            }
            if (resultLimit != null) {
                config.serverSetting(ServerLimits.RESULT_LIMIT, Long.toString(resultLimit));
            }
            SparqlServer.check(config);
            if (!portFree(err)) {
                return ExitCodes.IO;
            }
            BuildStep build = new BuildStep(input, store.layout(), config, out, BuildStep.none());
            if (build.stale()) {
                out.println("the store " + store.layout().root() + " is missing or older than its inputs: building");
                try {
                    build.run();
                } catch (InvalidInputException e) {
                    if (!BuildStamp.built(store.layout())) {
                        throw e;
                    }
                    e.problems().forEach(err::println);
                    err.println("warning: " + e.problems().size() + " problem(s) in the input; serving the previous "
                            + "build of the store, unchanged");
                }
            } else {
                out.println("the store " + store.layout().root() + " is up to date");
            }
            return serve(config, password, out, err);
        });
    }

    /** Whether the port can be listened on (checked before a build that could take long). */
    private boolean portFree(PrintWriter err) {
        if (port == 0) {
            return true;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(localhost ? new InetSocketAddress(InetAddress.getLoopbackAddress(), port)
                    : new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            err.println("error: cannot listen on port " + port + " (" + e.getMessage() + "); is a server running?");
            return false;
        }
    }

    private int serve(StoreConfig config, Optional<String> password, PrintWriter out, PrintWriter err)
            throws IOException, InvalidInputException {
        FusekiServer server = SparqlServer.create(config, new SparqlServer.Settings(port, password, iriBase,
                localhost));
        try {
            server.start();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof BindException || e instanceof org.apache.jena.fuseki.FusekiException) {
                err.println("error: cannot listen on port " + port + ": " + e.getMessage());
                return ExitCodes.IO;
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            SparqlServer.stop(server);
            out.println("stopped");
            out.flush();
        }, "vnkg-shutdown"));
        int actual = server.getHttpPort();
        out.printf("serving the query UI at http://localhost:%d/ and SPARQL at http://localhost:%d/kg/sparql%n",
                actual, actual);
        out.printf("updates (POST http://localhost:%d/kg/update, user %s): %s%n", actual, SparqlServer.ADMIN_USER,
                password.isPresent() ? "enabled with the given password" : "refused (no password given)");
        String first = firstQuery(actual);
        if (!first.endsWith("(HTTP 200)")) {
            err.println("error: the server does not answer queries: " + first);
            server.stop();
            return ExitCodes.INTERNAL;
        }
        out.println(first);
        out.println("press Ctrl-C to stop");
        out.flush();
        server.join();
        return ExitCodes.OK;
    }

    /** Asks the running server for its size, and says how long after the JVM's start the answer came. */
    private static String firstQuery(int port) {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        URI uri = URI.create("http://localhost:" + port + "/kg/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())
                    / 1000.0;
            String[] lines = response.body().strip().split("\r?\n");
            return String.format(java.util.Locale.ROOT,
                    "first query answered %.1f s after start: %s triples in the default graph (HTTP %d)",
                    seconds, lines[lines.length - 1], response.statusCode());
        } catch (IOException e) {
            return "first query failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "first query interrupted";
        }
    }

    private Optional<String> password() throws IOException {
        if (passwordFile != null) {
            if (!Files.isReadable(passwordFile)) {
                throw new NoSuchFileException(passwordFile.toString(), null, "cannot read the password file");
            }
            String first = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            return Optional.of(first.strip());
        }
        return Optional.ofNullable(System.getenv(PASSWORD_VARIABLE));
    }
}
