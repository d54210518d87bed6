package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vndiplomacy.kg.vocab.VND;

/**
 * Virtuoso's bulk load of the project's N-Quads on a new database: the file cut into one part per loader,
 * {@code ld_dir}, that many {@code rdf_loader_run()} at once, then {@code checkpoint}; timed from the first to the
 * last. Then, not timed with it, the union of the graphs is copied into one graph for the queries (see
 * {@link ServingPhase}).
 */
final class VirtuosoLoad {

    static final String UNION_GRAPH = "urn:x-bench:union";

    /**
     * The dataset of every query on Virtuoso: the union as the default graph, and the two named graphs the catalog
     * reads with GRAPH (which a request that names a default graph must name too, or it has no named graphs).
     */
    static final List<Map.Entry<String, String>> DATASET = List.of(Map.entry("default-graph-uri", UNION_GRAPH),
            Map.entry("named-graph-uri", VND.GRAPH_BASE + "entities"),
            Map.entry("named-graph-uri", VND.GRAPH_BASE + "statistics"));
    static final String GRAPH_PREFIX = "https://w3id.org/vn-diplomacy/graph/";

    private VirtuosoLoad() {
    }

    static Measurement run(BenchContext context) throws IOException, InterruptedException {
        BenchSettings settings = context.settings;
        int loaders = settings.virtuosoLoaders();
        String tool = "Virtuoso Open Source 7.2.5";
        String detail = "ld_dir + " + loaders + " × rdf_loader_run() + checkpoint; the N-Quads of convert cut into "
                + loaders + " parts; " + settings.virtuosoBuffers() + " buffers (8 KiB pages)";
        if (!Tools.onPath("virtuoso-t") || !Tools.onPath("isql-vt")) {
            return Measurement.failed(tool, detail, "virtuoso-t or isql-vt is not installed (bench/run.sh installs "
                    + "the Debian package virtuoso-opensource-7-bin)");
        }
        Path parts = settings.work().resolve("virtuoso-load");
        NQuadsFiles.split(settings.ourQuads(), parts, loaders);
        try (VirtuosoServer server = VirtuosoServer.start(settings.work().resolve("virtuoso-db"), List.of(parts),
                settings(settings), settings.root())) {
            context.record(Command.of("virtuoso-t", "-f", "-c", server.folder().resolve("virtuoso.ini")));
            long start = System.nanoTime();
            String failure = load(context, server, parts, loaders);
            double seconds = (System.nanoTime() - start) / 1e9;
            long rss = server.peakRssKib();
            if (failure != null) {
                return Measurement.failed(tool, detail, failure);
            }
            long quads = StoreCount.virtuoso(server, context);
            if (quads != context.quads) {
                context.note(String.format(Locale.ROOT, "Virtuoso holds %,d quads in the project's graphs after the "
                        + "load, of %,d", quads, context.quads));
            }
            copyUnion(context, server);
            return new Measurement(tool, detail, quads, new ChildProcess.Result(seconds, rss, 0,
                    server.folder().resolve("virtuoso-t.log")), null);
        }
    }

    private static String load(BenchContext context, VirtuosoServer server, Path parts, int loaders)
            throws IOException, InterruptedException {
        String register = "ld_dir('" + parts.toAbsolutePath() + "', '*.nq', 'urn:x-bench:unused');";
        ChildProcess.Result registered = sql(context, server, "virtuoso-ld_dir", register);
        if (!registered.ok()) {
            return "ld_dir failed: " + context.tail(registered.log(), 3);
        }
        List<ChildProcess> running = new ArrayList<>();
        for (int i = 1; i <= loaders; i++) {
            Command command = server.isqlCommand("rdf_loader_run();");
            context.record(command);
            running.add(ChildProcess.start(command, context.settings.root(), context.log("virtuoso-loader-" + i)));
        }
        for (ChildProcess loader : running) {
            try (loader) {
                ChildProcess.Result result = loader.waitFor();
                if (!result.ok()) {
                    return "rdf_loader_run() failed: " + context.tail(result.log(), 3);
                }
            }
        }
        ChildProcess.Result checkpoint = sql(context, server, "virtuoso-checkpoint", "checkpoint;");
        if (!checkpoint.ok()) {
            return "checkpoint failed: " + context.tail(checkpoint.log(), 3);
        }
        ChildProcess.Result errors = sql(context, server, "virtuoso-load-errors",
                "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;");
        String text = java.nio.file.Files.readString(errors.log());
        return text.contains("0 Rows.") ? null : "the load list has errors: " + context.tail(errors.log(), 6);
    }

    /** The union of the project's graphs as one more graph, as the project's default graph is (a set). */
    private static void copyUnion(BenchContext context, VirtuosoServer server) throws IOException {
        long start = System.nanoTime();
        ChildProcess.Result copy = sql(context, server, "virtuoso-union", "log_enable(3,1); "
                + "INSERT SOFT DB.DBA.RDF_QUAD (G, S, P, O) SELECT iri_to_id('" + UNION_GRAPH + "'), S, P, O "
                + "FROM DB.DBA.RDF_QUAD WHERE id_to_iri(G) LIKE '" + GRAPH_PREFIX + "%'; checkpoint;");
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!copy.ok()) {
            context.note("Virtuoso: the copy of the union graph failed: " + context.tail(copy.log(), 3));
            return;
        }
        context.note(String.format(Locale.ROOT, "Virtuoso: copying the union of the graphs into <%s> "
                + "(INSERT SOFT into DB.DBA.RDF_QUAD, then checkpoint) took %.1f s, not counted in its load",
                UNION_GRAPH, seconds));
    }

    private static ChildProcess.Result sql(BenchContext context, VirtuosoServer server, String name, String sql)
            throws IOException {
        context.record(server.isqlCommand(sql));
        return server.isql(sql, context.log(name));
    }

    static VirtuosoServer.Settings settings(BenchSettings settings) {
        int buffers = settings.virtuosoBuffers();
        return new VirtuosoServer.Settings(buffers, buffers * 3 / 4, settings.queryTimeoutSeconds());
    }
}
