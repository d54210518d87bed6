package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The load test: builds the store when asked to, starts {@code serve --localhost} over it as a child JVM on a free
 * port, reads the values to ask about from the store, sends one request of each kind (the warm-up), then has
 * the clients send requests of the {@link LoadMix} one after the other for the set time (a request started before
 * the end is waited for) while
 * {@link MemorySampler} watches the server's memory, and stops the server (SIGTERM).
 */
public final class LoadTest {

    /** glibc's {@code MALLOC_ARENA_MAX} for the server, as the README's command sets it. */
    static final String MALLOC_ARENAS = "2";

    private final LoadTestSettings settings;
    private final PrintWriter out;

    public LoadTest(LoadTestSettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    public LoadReport run() throws IOException, InterruptedException {
        Files.createDirectories(settings.work());
        if (settings.buildFirst()) {
            build();
        }
        int port = ServingPhase.freePort();
        URI base = LoadTarget.base(settings.host(), port);
        Command serve = settings.command("serve", "--localhost", "--port", port);
        if (settings.queryTimeoutSeconds() != null) {
            serve = settings.command("serve", "--localhost", "--port", port, "--query-timeout",
                    settings.queryTimeoutSeconds());
        }
        // as the README serves: two malloc arenas, not eight per core (glibc's default), whose growth with the
        // server's threads was the rise of its memory outside the heap (RELIABILITY.md)
        serve = serve.withEnv("MALLOC_ARENA_MAX", MALLOC_ARENAS);
        progress("starting the server on " + base + " (log: " + settings.work().resolve("serve.log") + ")");
        try (ChildProcess server = ChildProcess.start(serve, settings.root(), settings.work().resolve("serve.log"))) {
            // serve --localhost listens on 127.0.0.1; a client host that does not reach it is said at once
            server.awaitOk(LoadTarget.base("127.0.0.1", port).resolve("$/ping"), Duration.ofSeconds(600));
            try {
                server.awaitOk(base.resolve("$/ping"), Duration.ofSeconds(10));
            } catch (IOException e) {
                throw new IOException("the server listens on 127.0.0.1 (serve --localhost), which --host "
                        + settings.host() + " does not reach: " + base + " did not answer", e);
            }
            SparqlClient sparql = new SparqlClient(new SparqlClient.Endpoint("serve", base.resolve("kg/sparql"),
                    List.of()), settings.clientTimeout(), false);
            PageClient pages = new PageClient(base, settings.clientTimeout());
            LoadMix mix = new LoadMix(CatalogQuery.read(settings.root().resolve("queries")),
                    LoadMix.parameters(sparql), LoadMix.resources(sparql), sparql, pages);
            progress("warming up: one request of each of " + mix.kinds().size() + " kinds");
            LoadRecorder warmUp = warmUp(mix);
            ServerHeap heap = ServerHeap.attachOrNull(server.pid(), Duration.ofSeconds(30),
                    why -> progress("note: the heap after GC is not sampled: " + why));
            try {
                MemorySampler.Sample before = MemorySampler.read(server.pid(), heap, 0);
                progress(settings.clients() + " clients for " + settings.duration().toSeconds() + " s");
                MemorySampler sampler = new MemorySampler(server.pid(), heap, settings.sampleIntervalMillis());
                long start = System.nanoTime();
                LoadRecorder load;
                try {
                    load = load(mix, start);
                } finally {
                    sampler.close();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                List<MemorySampler.Sample> samples = sampler.stop();
                MemorySampler.Sample after = MemorySampler.read(server.pid(), heap, seconds);
                long peak = server.peakRssKib();
                writeSamples(before, samples, after);
                return new LoadReport(settings, base, warmUp, load, seconds, peak, samples,
                        MemoryTrend.of(samples, seconds, before, after));
            } finally {
                if (heap != null) {
                    heap.closeQuietly();
                }
            }
        }
    }

    /**
     * The memory samples as a table in {@code memory.tsv} of the work folder: seconds, RSS, its anonymous and
     * file-backed parts, the anonymous part outside the committed heap, and the heap after GC, in MiB; the first and
     * last rows are the idle samples (before the clients started, after they stopped).
     */
    private void writeSamples(MemorySampler.Sample before, List<MemorySampler.Sample> samples,
            MemorySampler.Sample after) throws IOException {
        StringBuilder table = new StringBuilder("seconds\trss_mib\tanon_mib\tfile_mib\toutside_heap_mib"
                + "\theap_after_gc_mib\tidle\n");
        List<MemorySampler.Sample> all = new ArrayList<>();
        all.add(before);
        all.addAll(samples);
        all.add(after);
        for (int i = 0; i < all.size(); i++) {
            MemorySampler.Sample sample = all.get(i);
            table.append(String.format(Locale.ROOT, "%.1f\t%s\t%s\t%s\t%s\t%s\t%s%n", sample.atSeconds(),
                    MemorySampler.mibOfKib(sample.rssKib()), MemorySampler.mibOfKib(sample.anonKib()),
                    MemorySampler.mibOfKib(sample.fileKib()), MemorySampler.mib(sample.outsideHeapBytes()),
                    MemorySampler.mib(sample.heapBytes()), i == 0 || i == all.size() - 1 ? "yes" : "no"));
        }
        Files.writeString(settings.work().resolve("memory.tsv"), table);
    }

    private void build() throws IOException {
        progress("building the store first (log: " + settings.work().resolve("build.log") + ")");
        ChildProcess.Result result = ChildProcess.run(settings.command("build"), settings.root(),
                settings.work().resolve("build.log"));
        if (!result.ok()) {
            throw new IOException("the build failed (exit code " + result.exitCode() + "); see "
                    + result.log());
        }
    }

    private LoadRecorder warmUp(LoadMix mix) {
        LoadRecorder recorder = new LoadRecorder(mix.kinds(), System.nanoTime());
        Random random = new Random(settings.seed());
        for (int kind = 0; kind < mix.kinds().size(); kind++) {
            LoadMix.Request request = mix.draw(kind, random);
            recorder.record(request, request.send().get());
        }
        return recorder;
    }

    private LoadRecorder load(LoadMix mix, long start) throws InterruptedException {
        LoadRecorder recorder = new LoadRecorder(mix.kinds(), start);
        LoadMix.Deck deck = mix.deck(settings.seed());
        long deadline = start + settings.duration().toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < settings.clients(); i++) {
            Random random = new Random(settings.seed() * 1_000_003L + i);
            Thread client = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    step(mix, deck.next(), random, recorder);
                }
            }, "load-client-" + i);
            // an Error (out of memory, say) ends the client: that is an error of the run too, never a silent gap
            client.setUncaughtExceptionHandler((thread, e) -> recorder.crashed(thread.getName(), e));
            clients.add(client);
            client.start();
        }
        for (Thread client : clients) {
            client.join();
        }
        return recorder;
    }

    /**
     * One request of a client; an exception of the client's own (drawing the request, reading the answer) is
     * recorded as an error of that kind of request, with the exception, and the client goes on.
     */
    static void step(LoadMix mix, int kind, Random random, LoadRecorder recorder) {
        String target = mix.kinds().get(kind);
        long start = System.nanoTime();
        try {
            LoadMix.Request request = mix.draw(kind, random);
            target = request.target();
            recorder.record(request, request.send().get());
        } catch (RuntimeException e) {
            recorder.record(mix.kinds().get(kind), target, new SparqlClient.Answer(0, 0, System.nanoTime() - start,
                    "client exception: " + e));
        }
    }

    private void progress(String message) {
        out.println("loadtest: " + message);
        out.flush();
    }
}
