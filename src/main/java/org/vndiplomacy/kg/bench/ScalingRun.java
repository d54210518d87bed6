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
 * in a child JVM with one fixed heap limit and a GC log; its wall time, quads, peak RSS and the heap the GC found
 * in use after each collection. Then a least-squares line of time against quads and the heap's growth.
 */
public final class ScalingRun {

    private static final Pattern BUILT = Pattern.compile(
            "built: (\\d+) articles, (\\d+) facts, ([0-9,]+) triples in");
    // [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 300M->45M(512M) 12.345ms
    private static final Pattern GC_PAUSE = Pattern.compile("Pause .*? (\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** What one size cost. */
    public record Point(int articles, long facts, long quads, double seconds, long peakRssKib, long heapBeforeMib,
            long heapAfterMib, int collections) {

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
        ChildProcess.Result built = ChildProcess.run(Command.of(java, "-Xmx" + heap, "-Xlog:gc:file=" + gcLog,
                "-jar", jar, "build", "--seeds", corpus, "--db", db), root,
                logs.resolve("build-" + articles + ".log"), limit);
        String log = Files.readString(built.log(), StandardCharsets.UTF_8);
        Matcher summary = BUILT.matcher(log);
        if (!built.ok() || !summary.find()) {
            throw new IOException("build of " + articles + " articles failed (exit " + built.exitCode() + "): see "
                    + built.log());
        }
        long[] heapUse = heapUse(Files.readAllLines(gcLog, StandardCharsets.UTF_8));
        Point point = new Point(articles, Long.parseLong(summary.group(2)),
                Long.parseLong(summary.group(3).replace(",", "")), built.seconds(), built.peakRssKib(), heapUse[0],
                heapUse[1], (int) heapUse[2]);
        out.printf(Locale.ROOT, "%,d articles: %,d quads in %.1f s (%,.0f quads/s), heap after GC at most %,d MiB%n",
                articles, point.quads(), point.seconds(), point.quadsPerSecond(), point.heapAfterMib());
        out.flush();
        BenchRun.deleteTree(db);
        BenchRun.deleteTree(corpus);
        return point;
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
                ">s per 1,000 articles", ">heap after GC, max (MiB)", ">heap before GC, max (MiB)", ">GCs",
                ">peak RSS (MiB)");
        for (Point p : points) {
            table.row(String.format(Locale.ROOT, "%,d", p.articles()), String.format(Locale.ROOT, "%,d", p.facts()),
                    String.format(Locale.ROOT, "%,d", p.quads()), String.format(Locale.ROOT, "%.1f", p.seconds()),
                    String.format(Locale.ROOT, "%,.0f", p.quadsPerSecond()),
                    String.format(Locale.ROOT, "%.1f", p.seconds() * 1000 / p.articles()),
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
                    + "million quads (R² = %.4f over %d sizes).%n", fit.intercept(), fit.slope() * 1e6, fit.r2(),
                    points.size()));
            Point small = points.get(0);
            Point large = points.get(points.size() - 1);
            double heapGrowth = (double) large.heapAfterMib() / Math.max(1, small.heapAfterMib()) - 1;
            md.append(String.format(Locale.ROOT, "- Heap in use after GC, at most: %,d MiB at %,d articles, %,d "
                    + "MiB at %,d articles (%+.0f%%), with the same -Xmx%s for every size.%n", small.heapAfterMib(),
                    small.articles(), large.heapAfterMib(), large.articles(), heapGrowth * 100, heap));
        }
        md.append(String.format(Locale.ROOT, "%nCommand: `java -jar target/vn-diplomacy-kg.jar bench-scaling "
                + "--articles %s --heap %s --seed %d`; each size runs `generate --articles N --seed %d` and then "
                + "`java -Xmx%s -Xlog:gc:file=... -jar target/vn-diplomacy-kg.jar build --seeds CORPUS --db DB` on a "
                + "new store.%n", String.join(",", points.stream().map(p -> String.valueOf(p.articles())).toList()),
                heap, seed, seed, heap));
        return md.toString();
    }
}
