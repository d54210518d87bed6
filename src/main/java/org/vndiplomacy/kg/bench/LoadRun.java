package org.vndiplomacy.kg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed time of SPARQL load: {@code clients} threads, each asking a query of the mix drawn at random (with its
 * parameter drawn too) as soon as it has the answer to the previous one. Each client's draws come from its own seed,
 * so every server gets the same sequence of requests; a request started before the end is waited for.
 */
final class LoadRun {

    /** The latencies of the answered requests, and the failed ones by query. */
    record Result(int clients, LatencyStats stats, Map<String, Integer> failures) {

        int failed() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private LoadRun() {
    }

    static Result run(SparqlClient client, List<CatalogQuery> mix, QueryParameters parameters, int clients,
            Duration duration, long seed) throws InterruptedException {
        if (mix.isEmpty()) {
            throw new IllegalArgumentException("no query to run");
        }
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        AtomicLong lastEnd = new AtomicLong(start);
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        long[][] latencies = new long[clients][];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            int index = i;
            Thread thread = new Thread(() -> latencies[index] =
                    loop(client, mix, parameters, random, deadline, failures, lastEnd), "client-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
        double seconds = (lastEnd.get() - start) / 1e9;
        return new Result(clients, LatencyStats.of(all, seconds), new TreeMap<>(failures));
    }

    private static long[] loop(SparqlClient client, List<CatalogQuery> mix, QueryParameters parameters,
            Random random, long deadline, Map<String, Integer> failures, AtomicLong lastEnd) {
        long[] nanos = new long[256];
        int count = 0;
        while (System.nanoTime() < deadline) {
            CatalogQuery query = mix.get(random.nextInt(mix.size()));
            String value = parameters.draw(query, random);
            SparqlClient.Answer answer = client.ask(query.instantiate(value));
            lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
            if (!answer.ok()) {
                failures.merge(query.name(), 1, Integer::sum);
                continue;
            }
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = answer.nanos();
        }
        return Arrays.copyOf(nanos, count);
    }
}
