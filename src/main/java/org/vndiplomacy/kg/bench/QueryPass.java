package org.vndiplomacy.kg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Each catalog query on its own, a few times with different parameters (the same ones on every server), one request
 * at a time: the rows of each answer and the median latency. It also warms the server up for the load that follows,
 * and says which queries fail, so that the load runs only those every server answers.
 */
final class QueryPass {

    /** One query's runs: the rows of each, the median time, or why it failed (and then no more runs). */
    record Timing(String query, List<Long> rows, double medianMs, String failure) {

        boolean ok() {
            return failure == null;
        }
    }

    private QueryPass() {
    }

    static List<Timing> run(SparqlClient client, List<CatalogQuery> catalog, QueryParameters parameters, int runs,
            long seed) {
        List<Timing> timings = new ArrayList<>();
        for (CatalogQuery query : catalog) {
            // seeded by the query's name, so that every server gets the same parameters whatever else it runs
            timings.add(time(client, query, parameters, runs, new Random(seed * 7919L + query.name().hashCode())));
        }
        return timings;
    }

    private static Timing time(SparqlClient client, CatalogQuery query, QueryParameters parameters, int runs,
            Random random) {
        List<Long> rows = new ArrayList<>();
        long[] nanos = new long[runs];
        for (int run = 0; run < runs; run++) {
            SparqlClient.Answer answer = client.ask(query.instantiate(parameters.draw(query, random)));
            if (!answer.ok()) {
                return new Timing(query.name(), rows, Double.NaN, answer.failure());
            }
            rows.add(answer.rows());
            nanos[run] = answer.nanos();
        }
        Arrays.sort(nanos);
        return new Timing(query.name(), rows, LatencyStats.percentile(nanos, 50) / 1e6, null);
    }
}
