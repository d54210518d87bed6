package org.vndiplomacy.kg.bench;

import java.util.Arrays;

/**
 * Latencies of the requests of a run: count, median and 99th percentile by the nearest-rank method (the smallest
 * value with at least p% of the values at or below it), and the throughput over the run's duration.
 */
record LatencyStats(int count, double p50Ms, double p99Ms, double maxMs, double seconds) {

    static LatencyStats of(long[] nanos, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN, seconds);
        }
        return new LatencyStats(sorted.length, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6,
                sorted[sorted.length - 1] / 1e6, seconds);
    }

    /** The nearest-rank percentile of sorted values: the value at rank ceil(p/100 * n), 1-based. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** Requests per second over the run. */
    double throughput() {
        return seconds > 0 ? count / seconds : Double.NaN;
    }
}
