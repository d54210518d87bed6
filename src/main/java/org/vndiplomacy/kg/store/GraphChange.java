package org.vndiplomacy.kg.store;

import java.util.Objects;

/** What a build did to one named graph of the store, and the graph's size afterwards. */
public record GraphChange(String graph, Kind kind, long triples) {

    /** The kinds of change. */
    public enum Kind {
        /** A graph the store did not have. */
        ADDED,
        /** A graph whose triples differed: the stored one brought in line with it (only what differs written). */
        REPLACED,
        /** A graph equal to the stored one: not touched. */
        UNCHANGED,
        /** A graph of the project's namespace that the new build no longer has. */
        REMOVED,
        /** A graph outside the project's namespace, or the stored default graph: left as it was. */
        KEPT
    }

    public GraphChange {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether the store's copy of the graph was written or deleted. */
    public boolean touched() {
        return kind == Kind.ADDED || kind == Kind.REPLACED || kind == Kind.REMOVED;
    }
}
