package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * The memory verdict: the anonymous RSS outside the heap by the medians of the run's first and last fifth, the heap
 * by its idle samples before and after the load, within a stated tolerance; the rest reported and not judged.
 */
class MemoryTrendTest {

    private static final long MIB = 1 << 20;
    private static final long HEAP = 1024 * MIB;
    private static final String VERDICT = " (judged: the RSS outside the heap and the idle heap; tolerance: +10% or "
            + "+16 MiB of heap, +64 MiB of RSS, whichever is larger)";

    /** A sample: native memory outside the 1 GiB heap, mapped files and heap after GC, in MiB. */
    private static MemorySampler.Sample sample(double at, long nativeMib, long fileMib, long heapMib) {
        long anon = nativeMib < 0 ? -1 : (HEAP / MIB + nativeMib) * 1024;
        return new MemorySampler.Sample(at, anon < 0 ? -1 : anon + fileMib * 1024, anon, anon < 0 ? -1 : fileMib * 1024,
                heapMib < 0 ? -1 : heapMib * MIB, heapMib < 0 ? -1 : HEAP);
    }

    /** Samples every second of a 100 s run, each figure a function of the second. */
    private static List<MemorySampler.Sample> run(IntToLongFunction nativeMib, IntToLongFunction fileMib,
            IntToLongFunction heapMib) {
        List<MemorySampler.Sample> samples = new ArrayList<>();
        for (int s = 0; s <= 100; s++) {
            samples.add(sample(s, nativeMib.applyAsLong(s), fileMib.applyAsLong(s), heapMib.applyAsLong(s)));
        }
        return samples;
    }

    private static MemoryTrend trend(IntToLongFunction nativeMib, IntToLongFunction heapMib, long idleBefore,
            long idleAfter) {
        return MemoryTrend.of(run(nativeMib, s -> 100, heapMib), 100, sample(0, 300, 100, idleBefore),
                sample(100, 300, 100, idleAfter));
    }

    /** The lines of the RSS that is not judged, for 300 MiB outside the 1 GiB heap and 100 MiB of mapped files. */
    private static final List<String> STEADY_RSS = List.of(
            "  RSS, anonymous                  1324.0 MiB ->    1324.0 MiB  (+0.0 MiB, +0.0%; medians of 21 and 21 "
                    + "samples)",
            "  RSS, mapped files                100.0 MiB ->     100.0 MiB  (+0.0 MiB, +0.0%; medians of 21 and 21 "
                    + "samples)",
            "  RSS, all                        1424.0 MiB ->    1424.0 MiB  (+0.0 MiB, +0.0%; medians of 21 and 21 "
                    + "samples)");

    /** The lines of a trend: the first ones given, the steady RSS lines, the verdict. */
    private static List<String> lines(List<String> first, String verdict) {
        List<String> lines = new ArrayList<>(first);
        lines.addAll(STEADY_RSS);
        lines.add(verdict);
        return lines;
    }

    @Test
    void of_steadyMemory_flatAndEveryLine() {
        MemoryTrend trend = trend(s -> 300, s -> 60, 50, 50);
        assertTrue(trend.flat());
        assertEquals(new MemoryTrend.Fifths(300, 300, "medians of 21 and 21 samples", 64), trend.outside());
        assertEquals(new MemoryTrend.Fifths(50, 50, "before the clients started and after they stopped", 16),
                trend.idleHeap());
        assertEquals(lines(List.of("memory, the run's first fifth against its last (the idle heap: before the clients "
                        + "against after):",
                "  RSS outside the heap             300.0 MiB ->     300.0 MiB  (+0.0 MiB, +0.0%; medians of 21 and 21 "
                        + "samples)",
                "  heap after full GC, idle          50.0 MiB ->      50.0 MiB  (+0.0 MiB, +0.0%; before the clients "
                        + "started and after they stopped)",
                "  heap after full GC, in load       60.0 MiB ->      60.0 MiB  (+0.0 MiB, +0.0%; lowest of 21 and 21 "
                        + "samples)"), "memory: flat" + VERDICT), trend.lines());
    }

    @Test
    void of_idleHeapGrowingBeyondTheSlack_grew() {
        assertTrue(trend(s -> 300, s -> 60, 50, 66).flat(), "16 MiB of slack");
        MemoryTrend more = trend(s -> 300, s -> 60, 50, 67);
        assertFalse(more.flat());
        assertEquals("grew", more.verdict());
        assertEquals("memory: grew" + VERDICT, more.lines().get(7));
        // 10% of a large heap
        assertTrue(trend(s -> 300, s -> 60, 400, 440).flat());
        assertFalse(trend(s -> 300, s -> 60, 400, 441).flat());
    }

    @Test
    void of_heapUnderLoad_reportedNotJudged() {
        // requests in flight late in the run hold 40 MiB more in every sample; nothing is kept once they end
        MemoryTrend trend = trend(s -> 300, s -> s >= 80 ? 100 : 60, 50, 51);
        assertEquals(40, trend.loadHeap().growthMib());
        assertTrue(trend.flat());
    }

    @Test
    void of_nativeMemoryGrowingBeyondTheSlack_grew() {
        // 64 MiB of slack on 300 MiB (10% would be 30): the medians of the fifths are 10 s and 90 s
        assertTrue(trend(s -> 300 + s * 64 / 80, s -> 60, 50, 50).flat());
        assertFalse(trend(s -> 300 + s * 65 / 80, s -> 60, 50, 50).flat());
        // 10% of 1,000 MiB
        assertTrue(trend(s -> s < 50 ? 1000 : 1100, s -> 60, 50, 50).flat());
        assertFalse(trend(s -> s < 50 ? 1000 : 1101, s -> 60, 50, 50).flat());
    }

    @Test
    void of_mappedFilesGrowing_reportedNotJudged() {
        MemoryTrend trend = MemoryTrend.of(run(s -> 300, s -> 100 + 2 * s, s -> 60), 100, sample(0, 300, 100, 50),
                sample(100, 300, 300, 50));
        assertTrue(trend.flat());
        assertEquals(160, trend.file().growthMib());
        assertFalse(trend.rss().flat());
        assertEquals("flat", trend.verdict());
    }

    @Test
    void of_shrinkingMemory_flat() {
        assertTrue(trend(s -> 400 - s, s -> 80 - s / 2, 60, 40).flat());
    }

    @Test
    void of_heapNotSampled_unknownAndNeverFlat() {
        MemoryTrend trend = trend(s -> 300, s -> -1, -1, -1);
        assertNull(trend.idleHeap());
        assertNull(trend.outside());
        assertNull(trend.loadHeap());
        assertFalse(trend.flat());
        assertEquals("unknown", trend.verdict());
        assertEquals(lines(List.of("memory, the run's first fifth against its last (the idle heap: before the clients "
                        + "against after):",
                "  RSS outside the heap: unknown (not sampled)",
                "  heap: unknown (the server's JVM could not be attached to, or gave no full GC, so the heap after a "
                        + "full GC was not sampled)"), "memory: unknown" + VERDICT), trend.lines());
    }

    @Test
    void of_heapNotSampled_anonymousRssGrew_grew() {
        MemoryTrend trend = trend(s -> s < 50 ? 100 : 400, s -> -1, -1, -1);
        assertFalse(trend.flat());
        assertEquals("grew", trend.verdict());
    }

    @Test
    void of_noSamples_neverFlat() {
        MemorySampler.Sample none = new MemorySampler.Sample(0, -1, -1, -1, -1, -1);
        MemoryTrend trend = MemoryTrend.of(List.of(), 100, none, none);
        assertFalse(trend.flat());
        assertEquals("unknown", trend.verdict());
        assertEquals(4, trend.lines().size());
    }

    @Test
    void outsideHeapBytes_anonymousMinusCommitted_orUnknown() {
        assertEquals(300 * MIB, sample(0, 300, 100, 50).outsideHeapBytes());
        assertEquals(-1, new MemorySampler.Sample(0, 10, -1, 1, 5, 5).outsideHeapBytes());
        assertEquals(-1, new MemorySampler.Sample(0, 10, 10, 1, -1, -1).outsideHeapBytes());
        assertEquals(0, new MemorySampler.Sample(0, 10, 10, 1, 5, 1 << 20).outsideHeapBytes());
    }
}
