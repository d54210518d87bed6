package org.vndiplomacy.kg.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Whether a server's memory grew over a load run: the median of the samples of the first fifth of the run against
 * the median of those of its last fifth, for the RSS and for the heap after a full GC. It is flat when each grew by
 * at most {@value #TOLERANCE_PERCENT}% or by at most a few MiB (heap {@value #HEAP_SLACK_MIB} MiB, RSS
 * {@value #RSS_SLACK_MIB} MiB), whichever is larger: a server that keeps something of every request grows by
 * more than that within minutes, while caches filling and the heap's sizing move it by less.
 */
record MemoryTrend(Fifths rss, Fifths heap) {

    static final int TOLERANCE_PERCENT = 10;
    static final int HEAP_SLACK_MIB = 16;
    static final int RSS_SLACK_MIB = 64;

    /** One measure's medians, in MiB, and how many samples each took; null when it was not sampled. */
    record Fifths(double firstMib, double lastMib, int firstSamples, int lastSamples, int slackMib) {

        double growthMib() {
            return lastMib - firstMib;
        }

        boolean flat() {
            return growthMib() <= Math.max(firstMib * TOLERANCE_PERCENT / 100.0, slackMib);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "  %-20s %9.1f MiB -> %9.1f MiB  (%+.1f MiB, %+.1f%%; medians of %d and"
                    + " %d samples)", name, firstMib, lastMib, growthMib(), 100 * growthMib() / firstMib,
                    firstSamples, lastSamples);
        }
    }

    static MemoryTrend of(List<MemorySampler.Sample> samples, double seconds) {
        return new MemoryTrend(fifths(samples, seconds, s -> s.rssKib() * 1024L, RSS_SLACK_MIB),
                fifths(samples, seconds, MemorySampler.Sample::heapBytes, HEAP_SLACK_MIB));
    }

    private static Fifths fifths(List<MemorySampler.Sample> samples, double seconds,
            ToLongFunction<MemorySampler.Sample> bytes, int slackMib) {
        long[] first = samples.stream().filter(s -> s.atSeconds() <= seconds / 5).mapToLong(bytes)
                .filter(b -> b >= 0).sorted().toArray();
        long[] last = samples.stream().filter(s -> s.atSeconds() >= seconds * 4 / 5).mapToLong(bytes)
                .filter(b -> b >= 0).sorted().toArray();
        if (first.length == 0 || last.length == 0) {
            return null;
        }
        return new Fifths(LatencyStats.percentile(first, 50) / 1048576.0, LatencyStats.percentile(last, 50)
                / 1048576.0, first.length, last.length, slackMib);
    }

    /**
     * Flat when both measures were sampled and each is flat. The RSS alone does not say: a leak fills the heap the JVM
     * has already reserved long before the RSS moves, so a run whose heap was not sampled is never flat.
     */
    boolean flat() {
        return rss != null && heap != null && rss.flat() && heap.flat();
    }

    /** "grew" when a sampled measure grew, else "unknown" when one was not sampled, else "flat". */
    String verdict() {
        if ((rss != null && !rss.flat()) || (heap != null && !heap.flat())) {
            return "grew";
        }
        return flat() ? "flat" : "unknown";
    }

    List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("memory, first fifth of the run against the last fifth:");
        lines.add(rss == null ? "  RSS: not sampled" : rss.line("RSS"));
        lines.add(heap == null ? "  heap: unknown (the server's JVM could not be attached to, so the heap after a full"
                + " GC was not sampled)" : heap.line("heap after full GC"));
        lines.add(String.format(Locale.ROOT, "memory: %s (tolerance: +%d%% or +%d MiB of heap, +%d MiB of RSS, "
                + "whichever is larger)", verdict(), TOLERANCE_PERCENT, HEAP_SLACK_MIB,
                RSS_SLACK_MIB));
        return lines;
    }
}
