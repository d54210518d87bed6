package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles and throughput of a run's latencies. */
class LatencyStatsTest {

    @Test
    void percentile_nearestRank_smallestValueWithPPercentAtOrBelow() {
        long[] sorted = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertEquals(50, LatencyStats.percentile(sorted, 50));
        assertEquals(100, LatencyStats.percentile(sorted, 99));
        assertEquals(10, LatencyStats.percentile(sorted, 1));
        assertEquals(100, LatencyStats.percentile(sorted, 100));
    }

    @Test
    void percentile_oneValue_isThatValue() {
        assertEquals(7, LatencyStats.percentile(new long[] {7}, 50));
        assertEquals(7, LatencyStats.percentile(new long[] {7}, 99));
    }

    @Test
    void percentile_outOfRangeOrNoValues_refused() {
        assertThrows(IllegalArgumentException.class, () -> LatencyStats.percentile(new long[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> LatencyStats.percentile(new long[] {1}, 101));
        assertThrows(IllegalArgumentException.class, () -> LatencyStats.percentile(new long[0], 50));
    }

    @Test
    void of_unsortedNanos_millisecondsAndThroughput() {
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (nanos.length - i) * 1_000_000L; // 200 ms down to 1 ms
        }
        LatencyStats stats = LatencyStats.of(nanos, 4.0);
        assertEquals(200, stats.count());
        assertEquals(100.0, stats.p50Ms());
        assertEquals(198.0, stats.p99Ms());
        assertEquals(200.0, stats.maxMs());
        assertEquals(50.0, stats.throughput());
        assertEquals(200_000_000L, nanos[0], "the input is left as it was");
    }

    @Test
    void of_noRequests_countZeroAndNoPercentiles() {
        LatencyStats stats = LatencyStats.of(new long[0], 2.0);
        assertEquals(0, stats.count());
        assertTrue(Double.isNaN(stats.p50Ms()));
        assertEquals(0.0, stats.throughput());
    }
}
