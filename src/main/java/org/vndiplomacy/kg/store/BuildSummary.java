package org.vndiplomacy.kg.store;

import java.time.Duration;
import java.util.Objects;

/** What a build did: the articles and facts it read, the triples in the store after it, and its graphs. */
public record BuildSummary(long articles, long facts, long triples, long indexed, GraphCounts graphs,
        DumpWriter.Dumps dumps, Duration time) {

    public BuildSummary {
        Objects.requireNonNull(graphs, "graphs");
    }

    /**
     * One line: {@code 5 articles, 107 facts, 9,876 triples in 9 graphs (2 written or removed, 7 unchanged), ...};
     * graphs outside the project's are counted as {@code , 1 kept} after the unchanged ones, when there are any.
     */
    public String line() {
        return String.format(java.util.Locale.ROOT,
                "%d articles, %d facts, %,d triples in %d graphs (%d written or removed, %d unchanged%s), "
                        + "%,d labels indexed, %.1f s",
                articles, facts, triples, graphs.graphs(), graphs.written(), graphs.unchanged(),
                graphs.kept() == 0 ? "" : ", " + graphs.kept() + " kept", indexed, time.toMillis() / 1000.0);
    }
}
