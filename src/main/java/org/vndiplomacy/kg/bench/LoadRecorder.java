package org.vndiplomacy.kg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the clients of a load test saw: the latency of every request by kind, the failed ones by kind, and the first
 * {@value #KEPT} failures with when they came and what they asked. A catalog query that the server stops at its
 * time limit (HTTP 503 "Query timed out", the endpoint's promised answer to a query over the limit) is counted as a
 * timeout, apart from the errors. Safe for many threads.
 */
final class LoadRecorder {

    /** How many failures are kept word for word. */
    static final int KEPT = 10;

    /** A failed request: seconds after the start of the run, its kind, what it asked, what went wrong. */
    record Failure(double atSeconds, String kind, String target, String failure) {

        String line() {
            return String.format(java.util.Locale.ROOT, "%7.1f s  %s: %s", atSeconds, target, failure);
        }
    }

    /** Whether an answer is the server's time limit stopping a catalog query. */
    static boolean timedOut(LoadMix.Request request, SparqlClient.Answer answer) {
        return request.kind().startsWith("sparql ") && answer.status() == 503
                && "HTTP 503 Query timed out".equals(answer.failure());
    }

    private final long start;
    private final Map<String, long[]> latencies = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> errors = new LinkedHashMap<>();
    private final Map<String, Integer> timeouts = new LinkedHashMap<>();
    private final List<Failure> failures = new ArrayList<>();

    LoadRecorder(List<String> kinds, long startNanos) {
        this.start = startNanos;
        for (String kind : kinds) {
            latencies.put(kind, new long[64]);
            counts.put(kind, 0);
            errors.put(kind, 0);
            timeouts.put(kind, 0);
        }
    }

    synchronized void record(LoadMix.Request request, SparqlClient.Answer answer) {
        String kind = request.kind();
        if (!counts.containsKey(kind)) {
            throw new IllegalArgumentException("unknown kind of request: " + kind);
        }
        int count = counts.get(kind);
        long[] values = latencies.get(kind);
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
            latencies.put(kind, values);
        }
        values[count] = answer.nanos();
        counts.put(kind, count + 1);
        if (timedOut(request, answer)) {
            timeouts.merge(kind, 1, Integer::sum);
        } else if (!answer.ok()) {
            errors.merge(kind, 1, Integer::sum);
            if (failures.size() < KEPT) {
                failures.add(new Failure((System.nanoTime() - start) / 1e9, kind, request.target(),
                        answer.failure()));
            }
        }
    }

    /** The latencies of the requests of one kind, failed ones included (a failure takes time too). */
    synchronized long[] latencies(String kind) {
        return Arrays.copyOf(latencies.get(kind), counts.get(kind));
    }

    /** The latencies of every request. */
    synchronized long[] latencies() {
        return counts.keySet().stream().flatMapToLong(kind -> Arrays.stream(latencies(kind))).toArray();
    }

    synchronized List<String> kinds() {
        return List.copyOf(counts.keySet());
    }

    synchronized int requests() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int errors(String kind) {
        return errors.get(kind);
    }

    synchronized int errors() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int timeouts(String kind) {
        return timeouts.get(kind);
    }

    synchronized int timeouts() {
        return timeouts.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }
}
