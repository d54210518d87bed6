package org.vndiplomacy.kg.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a load test found: requests, errors (the first of them word for word), throughput, latencies overall and by
 * kind, the server's peak RSS and its memory trend. It passed when no request failed, in the warm-up or the run,
 * every kind of request got at least one answer in the run, and memory stayed flat ({@link MemoryTrend}); catalog
 * queries stopped by the server's time limit are counted apart: they fail it only when they are all a kind got.
 */
public record LoadReport(LoadTestSettings settings, URI base, LoadRecorder warmUp, LoadRecorder load,
        double seconds, long peakRssKib, List<MemorySampler.Sample> samples, MemoryTrend trend) {

    /**
     * No request failed, in the warm-up or the run (queries stopped by the time limit aside), every kind was answered
     * at least once in the run, and memory is flat.
     */
    public boolean passed() {
        return warmUp.errors() == 0 && load.errors() == 0 && load.unanswered().isEmpty() && trend.flat();
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "load test: %d clients for %d s against %s (serve over %s)",
                settings.clients(), settings.duration().toSeconds(), base, String.join(" ",
                        settings.storeOptions())));
        lines.add(String.format(Locale.ROOT, "warm-up: %d requests (one of each kind), %d errors, %d stopped by the "
                + "time limit", warmUp.requests(), warmUp.errors(), warmUp.timeouts()));
        lines.add(String.format(Locale.ROOT, "requests: %,d in %.1f s (%.1f requests/s)", load.requests(), seconds,
                load.requests() / seconds));
        lines.add(String.format(Locale.ROOT, "errors: %d", load.errors()));
        lines.add(String.format(Locale.ROOT, "queries stopped by the server's time limit (HTTP 503, not errors): %d",
                load.timeouts()));
        List<String> unanswered = load.unanswered();
        lines.add(String.format(Locale.ROOT, "kinds answered at least once: %d of %d%s",
                load.kinds().size() - unanswered.size(), load.kinds().size(),
                unanswered.isEmpty() ? "" : " (never answered: " + String.join(", ", unanswered) + ")"));
        if (warmUp.errors() + load.errors() > 0) {
            lines.add("first errors:");
            warmUp.failures().forEach(f -> lines.add("  warm-up  " + f.target() + ": " + f.failure()));
            load.failures().forEach(f -> lines.add("  " + f.line()));
        }
        lines.add(String.format(Locale.ROOT, "%-42s %8s %6s %8s %7s %9s %9s %9s", "latency in ms, by kind",
                "requests", "errors", "timeouts", "req/s", "p50", "p99", "max"));
        lines.add(row("all", load.latencies(), load.errors(), load.timeouts()));
        for (String kind : load.kinds()) {
            lines.add(row(kind, load.latencies(kind), load.errors(kind), load.timeouts(kind)));
        }
        lines.add(String.format(Locale.ROOT, "server peak RSS: %.1f MiB (VmHWM, from its start)",
                peakRssKib / 1024.0));
        lines.add(String.format(Locale.ROOT, "memory samples: %d in the run, every %.0f s, and one idle before and "
                + "after", samples.size(), settings.sampleIntervalMillis() / 1000.0));
        lines.addAll(trend.lines());
        lines.add(passed() ? "result: passed (0 errors, every kind answered, memory flat)"
                : String.format(Locale.ROOT, "result: failed (%d errors, %d kinds never answered, memory %s)",
                        warmUp.errors() + load.errors(), unanswered.size(), trend.verdict()));
        return lines;
    }

    private String row(String kind, long[] nanos, int errors, int timeouts) {
        LatencyStats stats = LatencyStats.of(nanos, seconds);
        return String.format(Locale.ROOT, "%-42s %8d %6d %8d %7.1f %9.2f %9.2f %9.2f", kind, stats.count(), errors,
                timeouts, stats.throughput(), stats.p50Ms(), stats.p99Ms(), stats.maxMs());
    }
}
