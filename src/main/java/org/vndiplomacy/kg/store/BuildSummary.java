package org.vndiplomacy.kg.store;

import java.time.Duration;
import java.util.List;

/** What a build did: the articles and facts it read, the triples in the store after it, and its graphs. */
public record BuildSummary(long articles, long facts, long triples, long indexed, List<GraphChange> graphs,
        DumpWriter.Dumps dumps, Duration time) {

    public BuildSummary {
        graphs = List.copyOf(graphs);
    }

    /** The graphs the build wrote or deleted. */
    public List<GraphChange> touched() {
        return graphs.stream().filter(GraphChange::touched).toList();
    }

    /**
     * One line: {@code 5 articles, 107 facts, 9,876 triples in 9 graphs (2 written or removed, 7 unchanged), ...};
     * graphs outside the project's are counted as {@code , 1 kept} after the unchanged ones, when there are any.
     */
    public String line() {
        long written = touched().size();
        long kept = graphs.stream().filter(g -> g.kind() == GraphChange.Kind.KEPT).count();
        long removed = graphs.stream().filter(g -> g.kind() == GraphChange.Kind.REMOVED).count();
        return String.format(java.util.Locale.ROOT,
                "%d articles, %d facts, %,d triples in %d graphs (%d written or removed, %d unchanged%s), "
                        + "%,d labels indexed, %.1f s",
                articles, facts, triples, graphs.size() - removed, written, graphs.size() - written - kept,
                kept == 0 ? "" : ", " + kept + " kept", indexed, time.toMillis() / 1000.0);
    }
}
