package org.vndiplomacy.kg.store;

import org.vndiplomacy.kg.store.GraphChange.Kind;

/**
 * How many named graphs a load added, replaced, left unchanged, removed and kept (outside the project), and the
 * triples of all the graphs in the store after it (the stored default graph included).
 */
public record GraphCounts(long added, long replaced, long unchanged, long removed, long kept, long triples) {

    public static final GraphCounts NONE = new GraphCounts(0, 0, 0, 0, 0, 0);

    /** These counts and one more change. */
    public GraphCounts with(GraphChange change) {
        Kind kind = change.kind();
        return new GraphCounts(added + (kind == Kind.ADDED ? 1 : 0), replaced + (kind == Kind.REPLACED ? 1 : 0),
                unchanged + (kind == Kind.UNCHANGED ? 1 : 0), removed + (kind == Kind.REMOVED ? 1 : 0),
                kept + (kind == Kind.KEPT ? 1 : 0), triples + change.triples());
    }

    /** The graphs written or deleted. */
    public long written() {
        return added + replaced + removed;
    }

    /** The graphs in the store after the load. */
    public long graphs() {
        return added + replaced + unchanged + kept;
    }
}
