package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SPARQL serving: the project's server over its store and Virtuoso over its database, both up at once (one idle
 * while the other is measured). First each catalog query on its own on each server ({@link QueryPass}), then the
 * queries that both answered as a mix, at each level of concurrency for a fixed time ({@link LoadRun}).
 */
final class ServingPhase {

    /** What one server did: its pass over the catalog, its loads, its peak RSS, its count of stored quads. */
    record Server(String name, List<QueryPass.Timing> pass, List<LoadRun.Result> loads, long peakRssKib,
            long storedQuads) {
    }

    private ServingPhase() {
    }

    static void run(BenchContext context) throws IOException, InterruptedException {
        BenchSettings settings = context.settings;
        List<CatalogQuery> catalog = CatalogQuery.read(settings.root().resolve("queries"));
        QueryParameters parameters = QueryParameters.read(settings.corpus().resolve("annotations"), 2000);
        Duration timeout = Duration.ofSeconds(settings.queryTimeoutSeconds() + 10L);
        int port = freePort();
        try (ChildProcess ours = startOurs(context, port); VirtuosoServer virtuoso = startVirtuoso(context)) {
            SparqlClient oursClient = new SparqlClient(new SparqlClient.Endpoint("vn-diplomacy-kg serve",
                    StoreCount.ours(port), List.of()), timeout);
            List<QueryPass.Timing> oursPass = pass(context, oursClient, catalog, parameters);
            SparqlClient virtuosoClient = virtuoso == null ? null : new SparqlClient(new SparqlClient.Endpoint(
                    "Virtuoso", virtuoso.sparql(), VirtuosoLoad.DATASET), timeout);
            List<QueryPass.Timing> virtuosoPass = virtuoso == null ? null
                    : portablePass(context, virtuosoClient, catalog, parameters);
            List<CatalogQuery> mix = mix(context, catalog, oursPass, virtuosoPass);
            if (mix.isEmpty()) {
                context.note("no query was answered by every server: no load was run");
                return;
            }
            context.servers.add(load(context, oursClient, mix, parameters, oursPass, ours::peakRssKib));
            if (virtuosoClient != null) {
                context.servers.add(load(context, virtuosoClient, mix, parameters, virtuosoPass,
                        virtuoso::peakRssKib));
            }
        }
    }

    /** The pass on a server other than Jena: without the queries that use Jena's full-text search. */
    private static List<QueryPass.Timing> portablePass(BenchContext context, SparqlClient client,
            List<CatalogQuery> catalog, QueryParameters parameters) {
        catalog.stream().filter(CatalogQuery::jenaSpecific).forEach(q -> context.note(q.name() + " uses Jena's "
                + "full-text search (text:query), which " + client.endpoint().name() + " does not have: not sent"));
        return pass(context, client, catalog.stream().filter(q -> !q.jenaSpecific()).toList(), parameters);
    }

    private static List<QueryPass.Timing> pass(BenchContext context, SparqlClient client, List<CatalogQuery> catalog,
            QueryParameters parameters) {
        context.progress("each query on its own on " + client.endpoint().name());
        return QueryPass.run(client, catalog, parameters, context.settings.runsPerQuery(), context.settings.seed());
    }

    /** The queries every server answered in its pass (all runs, in time); the others are named in the notes. */
    static List<CatalogQuery> mix(BenchContext context, List<CatalogQuery> catalog, List<QueryPass.Timing> ours,
            List<QueryPass.Timing> virtuoso) {
        Set<String> okOurs = ours.stream().filter(QueryPass.Timing::ok).map(QueryPass.Timing::query)
                .collect(Collectors.toSet());
        Set<String> okVirtuoso = virtuoso == null ? okOurs : virtuoso.stream().filter(QueryPass.Timing::ok)
                .map(QueryPass.Timing::query).collect(Collectors.toSet());
        List<CatalogQuery> mix = catalog.stream()
                .filter(q -> okOurs.contains(q.name()) && okVirtuoso.contains(q.name())).toList();
        List<String> left = catalog.stream().map(CatalogQuery::name).filter(n -> !mix.stream()
                .map(CatalogQuery::name).toList().contains(n)).toList();
        if (!left.isEmpty()) {
            context.note("left out of the load mix (failed, timed out or not sent on a server): "
                    + String.join(", ", left));
        }
        return mix;
    }

    private static Server load(BenchContext context, SparqlClient client, List<CatalogQuery> mix,
            QueryParameters parameters, List<QueryPass.Timing> pass, java.util.function.LongSupplier rss)
            throws InterruptedException {
        List<LoadRun.Result> loads = new ArrayList<>();
        for (int clients : context.settings.clients()) {
            context.progress(clients + " client(s) for " + context.settings.duration().toSeconds() + " s on "
                    + client.endpoint().name());
            loads.add(LoadRun.run(client, mix, parameters, clients, context.settings.duration(),
                    context.settings.seed()));
        }
        // counted over the server's whole store: the catalog's dataset (Virtuoso's union as default graph, with
        // graph/entities and graph/statistics as its only named graphs) would hide the article graphs
        SparqlClient.Endpoint endpoint = client.endpoint();
        long stored = StoreCount.of(new SparqlClient(new SparqlClient.Endpoint(endpoint.name(), endpoint.uri(),
                List.of()), Duration.ofMinutes(30)));
        return new Server(client.endpoint().name(), pass, loads, rss.getAsLong(), stored);
    }

    private static ChildProcess startOurs(BenchContext context, int port) throws IOException, InterruptedException {
        BenchSettings settings = context.settings;
        Command command = settings.project("serve", "--seeds", settings.corpus(), "--db", settings.ourStore(),
                "--port", port, "--localhost", "--query-timeout", settings.queryTimeoutSeconds());
        context.record(command);
        ChildProcess server = ChildProcess.start(command, settings.root(), context.log("serve"));
        server.awaitOk(URI.create("http://127.0.0.1:" + port + "/$/ping"), Duration.ofSeconds(600));
        return server;
    }

    private static VirtuosoServer startVirtuoso(BenchContext context) throws IOException {
        BenchSettings settings = context.settings;
        Path database = settings.work().resolve("virtuoso-db");
        if (!settings.runs("virtuoso") || !Files.exists(database.resolve("virtuoso.db"))) {
            return null;
        }
        VirtuosoServer server = VirtuosoServer.start(database,
                List.of(settings.work().resolve("virtuoso-load")), VirtuosoLoad.settings(settings), settings.root());
        context.record(Command.of("virtuoso-t", "-f", "-c", server.folder().resolve("virtuoso.ini")));
        return server;
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
