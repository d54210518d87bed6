package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The memory verdict: medians of the first and last fifth of a run, within a stated tolerance. */
class MemoryTrendTest {

    private static final long MIB = 1 << 20;

    /** Samples every second of a 100 s run: RSS and heap in MiB given by a function of the second. */
    private static List<MemorySampler.Sample> run(java.util.function.IntToLongFunction rssMib,
            java.util.function.IntToLongFunction heapMib) {
        List<MemorySampler.Sample> samples = new ArrayList<>();
        for (int s = 0; s <= 100; s++) {
            samples.add(new MemorySampler.Sample(s, rssMib.applyAsLong(s) * 1024, heapMib.applyAsLong(s) * MIB));
        }
        return samples;
    }

    @Test
    void of_steadyMemory_flat() {
        MemoryTrend trend = MemoryTrend.of(run(s -> 1000, s -> 50), 100);
        assertTrue(trend.flat());
        assertEquals(new MemoryTrend.Fifths(1000, 1000, 21, 21, 64), trend.rss());
        assertEquals(new MemoryTrend.Fifths(50, 50, 21, 21, 16), trend.heap());
        assertEquals(List.of("memory, first fifth of the run against the last fifth:",
                "  RSS                     1000.0 MiB ->    1000.0 MiB  (+0.0 MiB, +0.0%; medians of 21 and 21 "
                        + "samples)",
                "  heap after full GC        50.0 MiB ->      50.0 MiB  (+0.0 MiB, +0.0%; medians of 21 and 21 "
                        + "samples)",
                "memory: flat (tolerance: +10% or +16 MiB of heap, +64 MiB of RSS, whichever is larger)"),
                trend.lines());
    }

    @Test
    void of_heapGrowingBeyondTheSlack_grew() {
        // 0.2 MiB more every second: the medians are 52 and 68 MiB, 16 MiB apart, just within the slack
        MemoryTrend trend = MemoryTrend.of(run(s -> 1000, s -> 50 + s / 5), 100);
        assertEquals(52, trend.heap().firstMib());
        assertEquals(68, trend.heap().lastMib());
        assertTrue(trend.heap().flat(), "16 MiB of slack: " + trend.heap());
        MemoryTrend more = MemoryTrend.of(run(s -> 1000, s -> 50 + s / 4), 100);
        // 0.25 MiB more every second: 52 and 72 MiB, 20 MiB apart
        assertEquals(52, more.heap().firstMib());
        assertEquals(72, more.heap().lastMib());
        assertFalse(more.heap().flat(), more.heap().toString());
        assertFalse(more.flat());
        assertEquals("memory: grew (tolerance: +10% or +16 MiB of heap, +64 MiB of RSS, whichever is larger)",
                more.lines().get(3));
    }

    @Test
    void of_largeRss_tenPercentTolerated() {
        assertTrue(MemoryTrend.of(run(s -> s < 50 ? 2000 : 2200, s -> 50), 100).flat());
        assertFalse(MemoryTrend.of(run(s -> s < 50 ? 2000 : 2201, s -> 50), 100).flat());
        assertTrue(MemoryTrend.of(run(s -> s < 50 ? 100 : 164, s -> 50), 100).flat());
        assertFalse(MemoryTrend.of(run(s -> s < 50 ? 100 : 165, s -> 50), 100).flat());
    }

    @Test
    void of_shrinkingMemory_flat() {
        assertTrue(MemoryTrend.of(run(s -> 1000 - s, s -> 80 - s / 2), 100).flat());
    }

    @Test
    void of_heapNotSampled_unknownAndNotFlat() {
        MemoryTrend trend = MemoryTrend.of(run(s -> 1000, s -> -1), 100);
        assertNull(trend.heap());
        assertTrue(trend.rss().flat());
        assertFalse(trend.flat());
        assertEquals("unknown", trend.verdict());
        assertEquals("  heap: unknown (the server's JVM could not be attached to, so the heap after a full GC was not"
                + " sampled)", trend.lines().get(2));
        assertEquals("memory: unknown (tolerance: +10% or +16 MiB of heap, +64 MiB of RSS, whichever is larger)",
                trend.lines().get(3));
    }

    @Test
    void of_heapNotSampled_rssGrew_grew() {
        MemoryTrend trend = MemoryTrend.of(run(s -> s < 50 ? 100 : 200, s -> -1), 100);
        assertFalse(trend.flat());
        assertEquals("grew", trend.verdict());
    }

    @Test
    void of_noSamples_neverFlat() {
        MemoryTrend trend = MemoryTrend.of(List.of(), 100);
        assertFalse(trend.flat());
        assertEquals("  RSS: not sampled", trend.lines().get(1));
    }
}
