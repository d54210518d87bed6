package org.vndiplomacy.kg.store;

import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.vndiplomacy.kg.convert.TripleLines;
import org.vndiplomacy.kg.validate.LineSorter;

/**
 * Writes a graph that changed as its differences from the stored one: the stored triples that the new graph lacks
 * are deleted, then the new triples that the store lacks are added, and the others are left alone. An edit of one
 * article so changes a few statements of {@code graph/statistics} and {@code graph/entities} (which have 90,054 and
 * 18,910 at 10,000 articles), and the build's RDF Patch carries those few. Both graphs are sorted as lines
 * ({@link TripleLines} in a {@link LineSorter}, on disk beyond its budget) and merged, so neither is held in memory.
 * A graph with a blank node, stored or new, is removed and written whole: a label does not say which stored blank
 * node a new one is.
 */
final class GraphDiffWriter {

    /** What was written: triples deleted and added, and the graph's size after. */
    record Written(long deleted, long added, long triples) {
    }

    private GraphDiffWriter() {
    }

    /** Brings the stored graph {@code graph} of {@code store} (in a write transaction) in line with {@code content}. */
    static Written write(DatasetGraph store, Node graph, Stream<Triple> content) {
        try (LineSorter stored = new LineSorter(); LineSorter incoming = new LineSorter()) {
            boolean blank = false;
            for (Iterator<Quad> it = store.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                Triple t = it.next().asTriple();
                blank |= t.getSubject().isBlank() || t.getObject().isBlank();
                stored.add(TripleLines.line(t));
            }
            for (Iterator<Triple> it = content.iterator(); it.hasNext(); ) {
                Triple t = it.next();
                blank |= t.getSubject().isBlank() || t.getObject().isBlank();
                incoming.add(TripleLines.line(t));
            }
            long[] deleted = {0};
            long[] added = {0};
            long triples;
            if (blank) {
                deleted[0] = store.getGraph(graph).size();
                store.removeGraph(graph);
                triples = merge(incoming, null, line -> add(store, graph, line, added));
            } else {
                merge(stored, incoming, line -> {
                    Triple t = TripleLines.triple(line);
                    store.delete(graph, t.getSubject(), t.getPredicate(), t.getObject());
                    deleted[0]++;
                });
                triples = merge(incoming, stored, line -> add(store, graph, line, added));
            }
            return new Written(deleted[0], added[0], triples);
        }
    }

    private static void add(DatasetGraph store, Node graph, String line, long[] added) {
        Triple t = TripleLines.triple(line);
        store.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        added[0]++;
    }

    /**
     * Gives {@code action} every distinct line of {@code from} that {@code other} (when not {@code null}) lacks, in
     * order; returns how many distinct lines {@code from} has.
     */
    private static long merge(LineSorter from, LineSorter other, Consumer<String> action) {
        long distinct = 0;
        try (Stream<String> lines = from.sorted(); Stream<String> others = other == null ? Stream.empty()
                : other.sorted()) {
            Iterator<String> them = others.iterator();
            String theirs = them.hasNext() ? them.next() : null;
            String previous = null;
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.equals(previous)) {
                    continue;
                }
                previous = line;
                distinct++;
                while (theirs != null && theirs.compareTo(line) < 0) {
                    theirs = them.hasNext() ? them.next() : null;
                }
                if (!line.equals(theirs)) {
                    action.accept(line);
                }
            }
        }
        return distinct;
    }
}
