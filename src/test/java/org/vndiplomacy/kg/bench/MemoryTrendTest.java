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
 * The memory verdict: the first fifth of a run against its last, the anonymous RSS by medians and the heap by its
 * lowest samples, within a stated tolerance; the pages of mapped files reported and not judged.
 */
class MemoryTrendTest {

    private static final long MIB = 1 << 20;
    private static final String TOLERANCE = " (judged: anonymous RSS and heap; tolerance: +10% or +16 MiB of heap, "
            + "+64 MiB of RSS, whichever is larger)";

    /** Samples every second of a 100 s run: anonymous RSS, mapped files and heap in MiB, functions of the second. */
    private static List<MemorySampler.Sample> run(IntToLongFunction anonMib, IntToLongFunction fileMib,
            IntToLongFunction heapMib) {
        List<MemorySampler.Sample> samples = new ArrayList<>();
        for (int s = 0; s <= 100; s++) {
            long anon = anonMib.applyAsLong(s);
            long file = fileMib.applyAsLong(s);
            long heap = heapMib.applyAsLong(s);
            samples.add(new MemorySampler.Sample(s, anon < 0 ? -1 : (anon + file) * 1024, anon < 0 ? -1 : anon * 1024,
                    anon < 0 ? -1 : file * 1024, heap < 0 ? -1 : heap * MIB));
        }
        return samples;
    }

    private static List<MemorySampler.Sample> run(IntToLongFunction anonMib, IntToLongFunction heapMib) {
        return run(anonMib, s -> 100, heapMib);
    }

    @Test
    void of_steadyMemory_flat() {
        MemoryTrend trend = MemoryTrend.of(run(s -> 1000, s -> 50), 100);
        assertTrue(trend.flat());
        assertEquals(new MemoryTrend.Fifths(1000, 1000, 21, 21, 64), trend.anon());
        assertEquals(new MemoryTrend.Fifths(50, 50, 21, 21, 16), trend.heap());
        assertEquals(new MemoryTrend.Fifths(100, 100, 21, 21, 64), trend.file());
        assertEquals(new MemoryTrend.Fifths(1100, 1100, 21, 21, 64), trend.rss());
        assertEquals(List.of("memory, first fifth of the run against the last fifth:",
                "  RSS, anonymous            1000.0 MiB ->    1000.0 MiB  (+0.0 MiB, +0.0%; medians of 21 and 21 "
                        + "samples)",
                "  heap after full GC          50.0 MiB ->      50.0 MiB  (+0.0 MiB, +0.0%; lowest of 21 and 21 "
                        + "samples)",
                "  RSS, mapped files          100.0 MiB ->     100.0 MiB  (+0.0 MiB, +0.0%; medians of 21 and 21 "
                        + "samples), not judged: page cache",
                "  RSS, all                  1100.0 MiB ->    1100.0 MiB  (+0.0 MiB, +0.0%; medians of 21 and 21 "
                        + "samples)",
                "memory: flat" + TOLERANCE), trend.lines());
    }

    @Test
    void of_heapGrowingBeyondTheSlack_grew() {
        // 0.2 MiB more every second: the lowest of each fifth are 50 and 66 MiB, 16 MiB apart, just within the slack
        MemoryTrend trend = MemoryTrend.of(run(s -> 1000, s -> 50 + s / 5), 100);
        assertEquals(50, trend.heap().firstMib());
        assertEquals(66, trend.heap().lastMib());
        assertTrue(trend.heap().flat(), "16 MiB of slack: " + trend.heap());
        // 0.25 MiB more every second: 50 and 70 MiB, 20 MiB apart
        MemoryTrend more = MemoryTrend.of(run(s -> 1000, s -> 50 + s / 4), 100);
        assertEquals(50, more.heap().firstMib());
        assertEquals(70, more.heap().lastMib());
        assertFalse(more.heap().flat(), more.heap().toString());
        assertFalse(more.flat());
        assertEquals("memory: grew" + TOLERANCE, more.lines().get(5));
    }

    @Test
    void of_requestsInFlightInTheSamples_theLowestSampleJudged() {
        // what is kept stays at 50 MiB; requests in flight add up to 40 MiB to some samples, more of them late
        MemoryTrend trend = MemoryTrend.of(run(s -> 1000, s -> 50 + (s % 3 == 0 ? 0 : s > 80 ? 40 : 10)), 100);
        assertEquals(50, trend.heap().firstMib());
        assertEquals(50, trend.heap().lastMib());
        assertTrue(trend.flat());
        // a leak raises even the lowest sample
        assertFalse(MemoryTrend.of(run(s -> 1000, s -> 50 + s / 2 + (s % 3 == 0 ? 0 : 40)), 100).flat());
    }

    @Test
    void of_largeAnonymousRss_tenPercentTolerated() {
        assertTrue(MemoryTrend.of(run(s -> s < 50 ? 2000 : 2200, s -> 50), 100).flat());
        assertFalse(MemoryTrend.of(run(s -> s < 50 ? 2000 : 2201, s -> 50), 100).flat());
        assertTrue(MemoryTrend.of(run(s -> s < 50 ? 100 : 164, s -> 50), 100).flat());
        assertFalse(MemoryTrend.of(run(s -> s < 50 ? 100 : 165, s -> 50), 100).flat());
    }

    @Test
    void of_mappedFilesGrowing_reportedNotJudged() {
        MemoryTrend trend = MemoryTrend.of(run(s -> 1000, s -> 100 + 2 * s, s -> 50), 100);
        assertTrue(trend.flat());
        assertEquals(160, trend.file().lastMib() - trend.file().firstMib());
        assertFalse(trend.rss().flat());
        assertEquals("flat", trend.verdict());
    }

    @Test
    void of_shrinkingMemory_flat() {
        assertTrue(MemoryTrend.of(run(s -> 1000 - s, s -> 80 - s / 2), 100).flat());
    }

    @Test
    void of_heapNotSampled_unknownAndNotFlat() {
        MemoryTrend trend = MemoryTrend.of(run(s -> 1000, s -> -1), 100);
        assertNull(trend.heap());
        assertTrue(trend.anon().flat());
        assertFalse(trend.flat());
        assertEquals("unknown", trend.verdict());
        assertEquals("  heap: unknown (the server's JVM could not be attached to, so the heap after a full GC was not"
                + " sampled)", trend.lines().get(2));
        assertEquals("memory: unknown" + TOLERANCE, trend.lines().get(5));
    }

    @Test
    void of_heapNotSampled_anonymousRssGrew_grew() {
        MemoryTrend trend = MemoryTrend.of(run(s -> s < 50 ? 100 : 200, s -> -1), 100);
        assertFalse(trend.flat());
        assertEquals("grew", trend.verdict());
    }

    @Test
    void of_noSamples_neverFlat() {
        MemoryTrend trend = MemoryTrend.of(List.of(), 100);
        assertFalse(trend.flat());
        assertEquals(List.of("memory, first fifth of the run against the last fifth:", "  RSS, anonymous: not sampled",
                "  heap: unknown (the server's JVM could not be attached to, so the heap after a full GC was not "
                        + "sampled)", "memory: unknown" + TOLERANCE), trend.lines());
    }
}
