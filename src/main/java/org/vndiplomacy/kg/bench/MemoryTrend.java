package org.vndiplomacy.kg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;

/**
 * Whether a server's memory grew over a load run. Two measures are judged:
 * <ul>
 * <li>the heap after a full GC with no request in flight: one sample after the warm-up, before the clients start,
 * against one after they have stopped; what the server keeps of the run's requests is the difference;</li>
 * <li>the anonymous RSS outside the committed heap (the JVM's native memory: JIT code, metaspace, thread stacks,
 * buffers; the heap itself is fixed and resident from the start), the median of the samples of the run's first fifth
 * against that of its last fifth.</li>
 * </ul>
 * Each is flat when it grew by at most {@value #TOLERANCE_PERCENT}% or by at most a few MiB (heap
 * {@value #HEAP_SLACK_MIB} MiB, RSS {@value #RSS_SLACK_MIB} MiB), whichever is larger. Reported beside them, not
 * judged: the heap after GC under load (the lowest sample of each fifth: each sample is what is kept plus what the
 * requests in flight hold), the whole anonymous RSS, the pages of mapped files ({@code RssFile}: TDB2's store files
 * and the JDK's libraries, the kernel's page cache, bounded by the size of those files) and the total RSS.
 */
record MemoryTrend(Fifths outside, Fifths idleHeap, Fifths loadHeap, Fifths anon, Fifths file, Fifths rss) {

    static final int TOLERANCE_PERCENT = 10;
    static final int HEAP_SLACK_MIB = 16;
    static final int RSS_SLACK_MIB = 64;

    /** One measure's figures at the start and at the end, in MiB, how they were taken, and its slack. */
    record Fifths(double firstMib, double lastMib, String basis, int slackMib) {

        double growthMib() {
            return lastMib - firstMib;
        }

        boolean flat() {
            return growthMib() <= Math.max(firstMib * TOLERANCE_PERCENT / 100.0, slackMib);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "  %-28s %9.1f MiB -> %9.1f MiB  (%+.1f MiB, %+.1f%%; %s)", name,
                    firstMib, lastMib, growthMib(), 100 * growthMib() / firstMib, basis);
        }
    }

    static MemoryTrend of(List<MemorySampler.Sample> samples, double seconds, MemorySampler.Sample before,
            MemorySampler.Sample after) {
        Fifths idle = before.heapBytes() < 0 || after.heapBytes() < 0 ? null : new Fifths(before.heapBytes()
                / 1048576.0, after.heapBytes() / 1048576.0, "before the clients started and after they stopped",
                HEAP_SLACK_MIB);
        return new MemoryTrend(fifths(samples, seconds, MemorySampler.Sample::outsideHeapBytes, RSS_SLACK_MIB, false),
                idle, fifths(samples, seconds, MemorySampler.Sample::heapBytes, HEAP_SLACK_MIB, true),
                fifths(samples, seconds, s -> kib(s.anonKib()), RSS_SLACK_MIB, false),
                fifths(samples, seconds, s -> kib(s.fileKib()), RSS_SLACK_MIB, false),
                fifths(samples, seconds, s -> kib(s.rssKib()), RSS_SLACK_MIB, false));
    }

    private static long kib(long kib) {
        return kib < 0 ? -1 : kib * 1024;
    }

    private static Fifths fifths(List<MemorySampler.Sample> samples, double seconds,
            ToLongFunction<MemorySampler.Sample> bytes, int slackMib, boolean lowest) {
        long[] first = samples.stream().filter(s -> s.atSeconds() <= seconds / 5).mapToLong(bytes)
                .filter(b -> b >= 0).sorted().toArray();
        long[] last = samples.stream().filter(s -> s.atSeconds() >= seconds * 4 / 5).mapToLong(bytes)
                .filter(b -> b >= 0).sorted().toArray();
        if (first.length == 0 || last.length == 0) {
            return null;
        }
        return new Fifths(figure(first, lowest) / 1048576.0, figure(last, lowest) / 1048576.0, String.format(
                Locale.ROOT, "%s of %d and %d samples", lowest ? "lowest" : "medians", first.length, last.length),
                slackMib);
    }

    private static double figure(long[] sorted, boolean lowest) {
        return lowest ? LongStream.of(sorted).min().orElseThrow() : LatencyStats.percentile(sorted, 50);
    }

    /**
     * Flat when the RSS outside the heap and the idle heap were both measured and each is flat. The RSS alone does not
     * say: a leak fills the heap the JVM has already reserved long before the RSS moves, so a run whose heap was not
     * sampled is never flat.
     */
    boolean flat() {
        return outside != null && idleHeap != null && outside.flat() && idleHeap.flat();
    }

    /** "grew" when a judged measure (or, the heap unknown, the anonymous RSS) grew, else "unknown" or "flat". */
    String verdict() {
        if ((outside != null && !outside.flat()) || (idleHeap != null && !idleHeap.flat())
                || (outside == null && anon != null && !anon.flat())) {
            return "grew";
        }
        return flat() ? "flat" : "unknown";
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("memory, the run's first fifth against its last (the idle heap: before the clients against after):");
        lines.add(outside == null ? "  RSS outside the heap: unknown (not sampled)" : outside.line(
                "RSS outside the heap"));
        lines.add(idleHeap == null ? "  heap: unknown (the server's JVM could not be attached to, or gave no full GC, "
                + "so the heap after a full GC was not sampled)" : idleHeap.line("heap after full GC, idle"));
        add(lines, loadHeap, "heap after full GC, in load");
        add(lines, anon, "RSS, anonymous");
        add(lines, file, "RSS, mapped files");
        add(lines, rss, "RSS, all");
        lines.add(String.format(Locale.ROOT, "memory: %s (judged: the RSS outside the heap and the idle heap; "
                + "tolerance: +%d%% or +%d MiB of heap, +%d MiB of RSS, whichever is larger)", verdict(),
                TOLERANCE_PERCENT, HEAP_SLACK_MIB, RSS_SLACK_MIB));
        return lines;
    }

    private static void add(List<String> lines, Fifths fifths, String name) {
        if (fifths != null) {
            lines.add(fifths.line(name));
        }
    }
}
