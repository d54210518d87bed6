package org.vndiplomacy.kg.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** How many statements a store holds in the project's named graphs, asked over SPARQL: to check each load. */
final class StoreCount {

    static final String QUERY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(STRSTARTS(STR(?g), \"" + VirtuosoLoad.GRAPH_PREFIX + "\")) }";

    private StoreCount() {
    }

    /** The count, or -1 when the store did not answer. */
    static long of(SparqlClient client) {
        String value = client.value(QUERY);
        try {
            return value == null ? -1 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static long virtuoso(VirtuosoServer server, BenchContext context) {
        long count = of(new SparqlClient(new SparqlClient.Endpoint("Virtuoso", server.sparql(), List.of()),
                Duration.ofMinutes(30)));
        if (count < 0) {
            context.note("Virtuoso did not answer the count of its quads: " + QUERY);
        }
        return count;
    }

    static URI ours(int port) {
        return URI.create("http://127.0.0.1:" + port + "/kg/sparql");
    }
}
