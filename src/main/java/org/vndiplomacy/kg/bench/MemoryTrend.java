package org.vndiplomacy.kg.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.LongStream;

/**
 * Whether a server's memory grew over a load run: its first fifth against its last fifth, for the anonymous part of
 * its RSS (the heap, the JVM's native memory, thread stacks) and for the heap after a full GC. It is flat when each
 * grew by at most {@value #TOLERANCE_PERCENT}% or by at most a few MiB (heap {@value #HEAP_SLACK_MIB} MiB, RSS
 * {@value #RSS_SLACK_MIB} MiB), whichever is larger: a server that keeps something of every request grows by more
 * than that within minutes, while caches filling and the JIT's code move it by less.
 *
 * <p>The anonymous RSS of a fifth is the median of its samples. The heap of a fifth is its lowest sample: each
 * sample is what the server keeps plus what the requests in flight at that moment hold, which is never less than
 * nothing and comes and goes with the mix, so the lowest sample is the nearest to what is kept, and a leak raises it.
 * The pages of mapped files in the RSS ({@code RssFile}: TDB2's store files and the JDK's libraries) are reported
 * and not judged: they are the kernel's page cache, bounded by the size of those files, shared with other processes
 * and given back under memory pressure; they rise as queries touch more of the store.
 */
record MemoryTrend(Fifths rss, Fifths heap, Fifths anon, Fifths file) {

    static final int TOLERANCE_PERCENT = 10;
    static final int HEAP_SLACK_MIB = 16;
    static final int RSS_SLACK_MIB = 64;

    /** One measure's figures for the first and last fifth, in MiB, and how many samples each took. */
    record Fifths(double firstMib, double lastMib, int firstSamples, int lastSamples, int slackMib) {

        double growthMib() {
            return lastMib - firstMib;
        }

        boolean flat() {
            return growthMib() <= Math.max(firstMib * TOLERANCE_PERCENT / 100.0, slackMib);
        }

        String line(String name, String of) {
            return String.format(Locale.ROOT, "  %-22s %9.1f MiB -> %9.1f MiB  (%+.1f MiB, %+.1f%%; %s %d and"
                    + " %d samples)", name, firstMib, lastMib, growthMib(), 100 * growthMib() / firstMib, of,
                    firstSamples, lastSamples);
        }
    }

    static MemoryTrend of(List<MemorySampler.Sample> samples, double seconds) {
        return new MemoryTrend(fifths(samples, seconds, s -> s.rssKib() * 1024L, RSS_SLACK_MIB, false),
                fifths(samples, seconds, MemorySampler.Sample::heapBytes, HEAP_SLACK_MIB, true),
                fifths(samples, seconds, s -> s.anonKib() * 1024L, RSS_SLACK_MIB, false),
                fifths(samples, seconds, s -> s.fileKib() * 1024L, RSS_SLACK_MIB, false));
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
        return new Fifths(figure(first, lowest) / 1048576.0, figure(last, lowest) / 1048576.0, first.length,
                last.length, slackMib);
    }

    private static double figure(long[] sorted, boolean lowest) {
        return lowest ? LongStream.of(sorted).min().orElseThrow() : LatencyStats.percentile(sorted, 50);
    }

    /**
     * Flat when the anonymous RSS and the heap were both sampled and each is flat. The RSS alone does not say: a
     * leak fills the heap the JVM has already reserved long before the RSS moves, so a run whose heap was not
     * sampled is never flat.
     */
    boolean flat() {
        return anon != null && heap != null && anon.flat() && heap.flat();
    }

    /** "grew" when a judged measure grew, else "unknown" when one was not sampled, else "flat". */
    String verdict() {
        if ((anon != null && !anon.flat()) || (heap != null && !heap.flat())) {
            return "grew";
        }
        return flat() ? "flat" : "unknown";
    }

    List<String> lines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("memory, first fifth of the run against the last fifth:");
        lines.add(anon == null ? "  RSS, anonymous: not sampled" : anon.line("RSS, anonymous", "medians of"));
        lines.add(heap == null ? "  heap: unknown (the server's JVM could not be attached to, so the heap after a full"
                + " GC was not sampled)" : heap.line("heap after full GC", "lowest of"));
        if (file != null) {
            lines.add(file.line("RSS, mapped files", "medians of") + ", not judged: page cache");
        }
        if (rss != null) {
            lines.add(rss.line("RSS, all", "medians of"));
        }
        lines.add(String.format(Locale.ROOT, "memory: %s (judged: anonymous RSS and heap; tolerance: +%d%% or +%d MiB "
                + "of heap, +%d MiB of RSS, whichever is larger)", verdict(), TOLERANCE_PERCENT, HEAP_SLACK_MIB,
                RSS_SLACK_MIB));
        return lines;
    }
}
