package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scaling runs: for each corpus size, a generated corpus built into a new store by the project's {@code build}
 * in a child JVM with one fixed heap limit and a GC log; its wall time, quads, peak RSS, the heap the GC found
 * in use before and after each of its own collections, and the live heap: every {@value #LIVE_SAMPLE_SECONDS} s a
 * full GC is asked for over JMX ({@link ServerHeap}) and the heap still in use after it is read. Only that last
 * figure is what the build holds: after a young collection the old generation still holds whatever died there
 * since the last marking, which G1 leaves until the heap is fuller. Then a least-squares line of time against quads
 * and the live heap's growth.
 */
public final class ScalingRun {

    private static final Pattern BUILT = Pattern.compile(
            "built: (\\d+) articles, (\\d+) facts, ([0-9,]+) triples in");
    // [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 300M->45M(512M) 12.345ms
    private static final Pattern GC_PAUSE = Pattern.compile("Pause .*? (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** Seconds between two readings of the live heap of a build. */
    static final int LIVE_SAMPLE_SECONDS = 10;

    /**
     * What one size cost. {@code liveHeapMib} is the largest of the live-heap samples ({@code liveSamples} of them,
     * 10 s apart: a peak between two is missed, so it is a lower bound of the true peak), -1 when none was taken;
     * {@code heapBeforeMib} and {@code heapAfterMib} are the most heap in use before and after any pause the GC log
     * lists (young, mixed, remark, cleanup and full, the forced ones included), {@code collections} their number.
     */
    public record Point(int articles, long facts, long quads, double seconds, long peakRssKib, long heapBeforeMib,
            long heapAfterMib, int collections, long liveHeapMib, int liveSamples) {

        double quadsPerSecond() {
            return quads / seconds;
        }
    }

    /** A line {@code y = intercept + slope x} and how well it fits (R²). */
    record Fit(double intercept, double slope, double r2) {
    }

    private final Path root;
    private final Path work;
    private final Path jar;
    private final String java;
    private final String heap;
    private final long seed;
    private final Duration limit;
    private final PrintWriter out;

    public ScalingRun(Path root, Path work, Path jar, String java, String heap, long seed, Duration limit,
            PrintWriter out) {
        this.root = root;
        this.work = work;
        this.jar = jar;
        this.java = java;
        this.heap = heap;
        this.seed = seed;
        this.limit = limit;
        this.out = out;
    }

    /** Runs every size, smallest first, and returns the report (Markdown). */
    public String run(List<Integer> sizes) throws IOException {
        String load = MachineInfo.loadAverage();
        List<Point> points = new ArrayList<>();
        for (int articles : sizes.stream().sorted().toList()) {
            points.add(measure(articles));
        }
        return report(points, MachineInfo.read(), load, MachineInfo.loadAverage());
    }

    private Point measure(int articles) throws IOException {
        Path corpus = work.resolve("corpus-" + articles);
        Path db = work.resolve("db-" + articles);
        Path logs = work.resolve("logs");
        Path gcLog = logs.resolve("gc-" + articles + ".log");
        BenchRun.deleteTree(corpus);
        BenchRun.deleteTree(db);
        Files.createDirectories(logs);
        Files.deleteIfExists(gcLog);
        out.printf(Locale.ROOT, "%,d articles: generating%n", articles);
        out.flush();
        ChildProcess.Result generated = ChildProcess.run(Command.of(java, "-jar", jar, "generate", "--articles",
                articles, "--seed", seed, "--output", corpus), root, logs.resolve("generate-" + articles + ".log"),
                limit);
        if (!generated.ok()) {
            throw new IOException("generate --articles " + articles + " failed (exit " + generated.exitCode()
                    + "): see " + generated.log());
        }
        out.printf(Locale.ROOT, "%,d articles: building with -Xmx%s%n", articles, heap);
        out.flush();
        Command build = Command.of(java, "-Xmx" + heap, "-Xlog:gc:file=" + gcLog, "-jar", jar, "build", "--seeds",
                corpus, "--db", db);
        ChildProcess.Result built;
        List<MemorySampler.Sample> live;
        try (ChildProcess child = ChildProcess.start(build, root, logs.resolve("build-" + articles + ".log"))) {
            ServerHeap attached;
            try {
                attached = ServerHeap.attachOrNull(child.pid(), Duration.ofSeconds(30),
                        why -> out.println("note: the live heap of the build is not sampled: " + why));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            MemorySampler sampler = attached == null ? null : new MemorySampler(child.pid(), attached,
                    LIVE_SAMPLE_SECONDS * 1000L);
            try {
                built = child.waitFor(limit);
            } finally {
                live = sampler == null ? List.of() : sampler.stop();
                if (attached != null) {
                    attached.closeQuietly();
                }
            }
        }
        writeLive(logs.resolve("live-heap-" + articles + ".tsv"), live);
        String log = Files.readString(built.log(), StandardCharsets.UTF_8);
        Matcher summary = BUILT.matcher(log);
        if (!built.ok() || !summary.find()) {
            throw new IOException("build of " + articles + " articles failed (exit " + built.exitCode() + "): see "
                    + built.log());
        }
        long[] heapUse = heapUse(Files.readAllLines(gcLog, StandardCharsets.UTF_8));
        Point point = new Point(articles, Long.parseLong(summary.group(2)),
                Long.parseLong(summary.group(3).replace(",", "")), built.seconds(), built.peakRssKib(), heapUse[0],
                heapUse[1], (int) heapUse[2], liveHeapMib(live), (int) live.stream().filter(x -> x.heapBytes() >= 0)
                        .count());
        out.printf(Locale.ROOT, "%,d articles: %,d quads in %.1f s (%,.0f quads/s), live heap at most %,d MiB (%d "
                + "samples)%n", articles, point.quads(), point.seconds(), point.quadsPerSecond(), point.liveHeapMib(),
                point.liveSamples());
        out.flush();
        BenchRun.deleteTree(db);
        BenchRun.deleteTree(corpus);
        return point;
    }

    /** The most heap in use after a full GC among the samples, in MiB; -1 when there is none. */
    /** The live-heap samples of one build, for a look at its phases: seconds from the start, live heap, RSS (MiB). */
    static void writeLive(Path file, List<MemorySampler.Sample> samples) throws IOException {
        StringBuilder table = new StringBuilder("seconds\tlive_heap_mib\trss_mib\n");
        for (MemorySampler.Sample sample : samples) {
            table.append(String.format(Locale.ROOT, "%.1f\t%s\t%s%n", sample.atSeconds(),
                    MemorySampler.mib(sample.heapBytes()), MemorySampler.mibOfKib(sample.rssKib())));
        }
        Files.writeString(file, table, StandardCharsets.UTF_8);
    }

    static long liveHeapMib(List<MemorySampler.Sample> samples) {
        return samples.stream().mapToLong(MemorySampler.Sample::heapBytes).filter(b -> b >= 0).max()
                .stream().map(b -> (b + (1 << 20) - 1) >> 20).findFirst().orElse(-1);
    }

    /** Puts the report into a page between {@code <!-- bench:scaling -->} markers, replacing an earlier one. */
    public static void writeInto(Path page, String report) throws IOException {
        String doc = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "# Benchmarks\n";
        Files.writeString(page, BenchmarkDoc.updateSection(doc, "scaling", report), StandardCharsets.UTF_8);
    }

    /** The most heap in use before a collection, the most left in use after one, and the number of collections. */
    static long[] heapUse(List<String> gcLines) {
        long before = 0;
        long after = 0;
        long count = 0;
        for (String line : gcLines) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                before = Math.max(before, Long.parseLong(m.group(1)));
                after = Math.max(after, Long.parseLong(m.group(2)));
                count++;
            }
        }
        return new long[] {before, after, count};
    }

    /** The least-squares line through the points. */
    static Fit fit(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double r2 = sxx == 0 || syy == 0 ? 1 : (sxy * sxy) / (sxx * syy);
        return new Fit(my - slope * mx, slope, r2);
    }

    String report(List<Point> points, MachineInfo machine, String loadBefore, String loadAfter) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Scaling runs (seed %d, -Xmx%s), %s%n%n", seed, heap,
                LocalDate.now()));
        md.append(String.format(Locale.ROOT, "Machine: %s; %s of memory; %s; %s. Load average %s at the start, %s "
                + "at the end.%n%n", machine.cpu(), machine.memory(), machine.os(), machine.java(), loadBefore,
                loadAfter));
        MarkdownTable table = new MarkdownTable(">articles", ">facts", ">quads", ">build (s)", ">quads/s",
                ">s per 1,000 articles", ">live heap, largest sample (MiB)", ">heap after a GC pause, max (MiB)",
                ">heap before a GC pause, max (MiB)", ">GC pauses", ">peak RSS (MiB)");
        for (Point p : points) {
            table.row(String.format(Locale.ROOT, "%,d", p.articles()), String.format(Locale.ROOT, "%,d", p.facts()),
                    String.format(Locale.ROOT, "%,d", p.quads()), String.format(Locale.ROOT, "%.1f", p.seconds()),
                    String.format(Locale.ROOT, "%,.0f", p.quadsPerSecond()),
                    String.format(Locale.ROOT, "%.1f", p.seconds() * 1000 / p.articles()),
                    p.liveHeapMib() < 0 ? "not sampled" : String.format(Locale.ROOT, "%,d (%d samples)",
                            p.liveHeapMib(), p.liveSamples()),
                    String.format(Locale.ROOT, "%,d", p.heapAfterMib()),
                    String.format(Locale.ROOT, "%,d", p.heapBeforeMib()), p.collections(),
                    String.format(Locale.ROOT, "%,.0f", p.peakRssKib() / 1024.0));
        }
        md.append(table).append('\n');
        if (points.size() >= 2) {
            double[] x = points.stream().mapToDouble(Point::quads).toArray();
            double[] y = points.stream().mapToDouble(Point::seconds).toArray();
            Fit fit = fit(x, y);
            md.append(String.format(Locale.ROOT, "- Build time against quads, least squares: %.1f s + %.3f s per "
                    + "million quads (R² = %.4f over %d sizes).%n", Math.abs(fit.intercept()) < 0.05 ? 0.0
                    : fit.intercept(), fit.slope() * 1e6, fit.r2(),
                    points.size()));
            Point small = points.get(0);
            Point large = points.get(points.size() - 1);
            if (small.liveHeapMib() <= 0 || large.liveHeapMib() < 0) {
                md.append("- Live heap: not sampled at every size (see the notes of the run).\n");
            } else {
                double growth = (double) large.liveHeapMib() / small.liveHeapMib() - 1;
                md.append(String.format(Locale.ROOT, "- Live heap (in use after a full GC every %d s), largest sample: "
                        + "%,d MiB at %,d articles, %,d MiB at %,d articles (%+.0f%%), with the same -Xmx%s for every "
                        + "size.%n", LIVE_SAMPLE_SECONDS, small.liveHeapMib(), small.articles(), large.liveHeapMib(),
                        large.articles(), growth * 100, heap));
            }
        }
        md.append(String.format(Locale.ROOT, "%nCommand: `java -jar target/vn-diplomacy-kg.jar bench-scaling "
                + "--articles %s --heap %s --seed %d`; each size runs `generate --articles N --seed %d` and then "
                + "`java -Xmx%s -Xlog:gc:file=... -jar target/vn-diplomacy-kg.jar build --seeds CORPUS --db DB` on a "
                + "new store, its live heap read over JMX (a full GC every %d s).%n", String.join(",", points.stream()
                .map(p -> String.valueOf(p.articles())).toList()), heap, seed, seed, heap, LIVE_SAMPLE_SECONDS));
        return md.toString();
    }
}
