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
 * timeout, apart from the errors. A client thread that ends on an exception counts as an error too. Safe for many
 * threads.
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
    static boolean timedOut(String kind, SparqlClient.Answer answer) {
        return kind.startsWith("sparql ") && answer.status() == 503
                && "HTTP 503 Query timed out".equals(answer.failure());
    }

    private final long start;
    private final Map<String, long[]> latencies = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> errors = new LinkedHashMap<>();
    private final Map<String, Integer> timeouts = new LinkedHashMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private int crashes;

    LoadRecorder(List<String> kinds, long startNanos) {
        this.start = startNanos;
        for (String kind : kinds) {
            latencies.put(kind, new long[64]);
            counts.put(kind, 0);
            errors.put(kind, 0);
            timeouts.put(kind, 0);
        }
    }

    void record(LoadMix.Request request, SparqlClient.Answer answer) {
        record(request.kind(), request.target(), answer);
    }

    /** Records the answer to a request of a kind; {@code target} is what it asked, for the list of failures. */
    synchronized void record(String kind, String target, SparqlClient.Answer answer) {
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
        if (timedOut(kind, answer)) {
            timeouts.merge(kind, 1, Integer::sum);
        } else if (!answer.ok()) {
            errors.merge(kind, 1, Integer::sum);
            keep(new Failure((System.nanoTime() - start) / 1e9, kind, target, answer.failure()));
        }
    }

    /** A client thread that ended on an exception of its own: an error of the run, with the exception. */
    synchronized void crashed(String client, Throwable e) {
        crashes++;
        keep(new Failure((System.nanoTime() - start) / 1e9, "client", client, "stopped by " + e));
    }

    private void keep(Failure failure) {
        if (failures.size() < KEPT) {
            failures.add(failure);
        }
    }

    /** How many requests of a kind got an answer that was neither an error nor stopped by the time limit. */
    synchronized int answered(String kind) {
        return counts.get(kind) - errors.get(kind) - timeouts.get(kind);
    }

    /** The kinds without a single answered request, in the order of {@link #kinds()}. */
    synchronized List<String> unanswered() {
        return counts.keySet().stream().filter(kind -> answered(kind) == 0).toList();
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

    /** The failed requests, and the client threads that ended on an exception. */
    synchronized int errors() {
        return errors.values().stream().mapToInt(Integer::intValue).sum() + crashes;
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
