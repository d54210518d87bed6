package org.vndiplomacy.kg.store;

import java.util.Iterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.vndiplomacy.kg.convert.TripleLines;
import org.vndiplomacy.kg.validate.LineSorter;

/**
 * Writes a graph that changed as its differences from the stored one: the stored triples that the new graph lacks
 * are deleted, then the new triples that the store lacks are added, and the others are left alone. An edit of one
 * article so changes a few statements of {@code graph/statistics} and {@code graph/entities} (which have 90,054 and
 * 18,910 at 10,000 articles), and the build's RDF Patch carries those few. Both graphs are sorted as lines
 * ({@link TripleLines} in a {@link LineSorter}, on disk beyond its budget) and merged, so neither is held in memory.
 * <p>
 * A graph with a triple that a line cannot carry as it is ({@link TripleLines#carries}: a blank node, whose label
 * does not say which stored node it is; a triple term; a literal with a base direction), stored or new, is removed
 * and written whole. In a TDB2 store the new literals are compared in the form TDB2 gives back for a value it holds
 * in the node id (an {@code xsd:integer} {@code "007"} is read as {@code "7"}), so that an unchanged value is not
 * deleted and added again.
 */
final class GraphDiffWriter {

    /** What was written: triples deleted and added, and the graph's size after. */
    record Written(long deleted, long added, long triples) {
    }

    private final DatasetGraph store;
    private final Node graph;
    private final boolean tdb2;
    private final long budget;
    private long deleted;
    private long added;

    /**
     * A writer into {@code store} (in a write transaction), of graph {@code graph}; {@code tdb2} when the store is
     * a TDB2 one (under any wrapper), whose sorters hold up to {@code budget} characters in memory.
     */
    GraphDiffWriter(DatasetGraph store, Node graph, boolean tdb2, long budget) {
        this.store = store;
        this.graph = graph;
        this.tdb2 = tdb2;
        this.budget = budget;
    }

    GraphDiffWriter(DatasetGraph store, Node graph, boolean tdb2) {
        this(store, graph, tdb2, LineSorter.DEFAULT_BUDGET);
    }

    /** Brings the stored graph in line with {@code content}. */
    Written write(Stream<Triple> content) {
        try (LineSorter stored = new LineSorter(budget); LineSorter incoming = new LineSorter(budget)) {
            if (!readStored(stored)) {
                return whole(null, content.iterator());
            }
            for (Iterator<Triple> it = content.iterator(); it.hasNext(); ) {
                Triple t = it.next();
                if (!TripleLines.carries(t)) {
                    return whole(incoming, Iter.concat(Iter.singletonIterator(t), it));
                }
                incoming.add(TripleLines.line(tdb2 ? canonical(t) : t));
            }
            // the deletes go first: a stored value that a new line writes in another form is the same node id
            merge(stored, incoming, line -> {
                Triple t = TripleLines.triple(line);
                store.delete(graph, t.getSubject(), t.getPredicate(), t.getObject());
                deleted++;
            });
            long triples = merge(incoming, stored, line -> add(TripleLines.triple(line)));
            return new Written(deleted, added, triples);
        }
    }

    /** Reads the stored graph into {@code lines}; false (and stops) at a triple that a line cannot carry. */
    private boolean readStored(LineSorter lines) {
        Iterator<Quad> quads = store.find(graph, Node.ANY, Node.ANY, Node.ANY);
        try {
            while (quads.hasNext()) {
                Triple t = quads.next().asTriple();
                if (!TripleLines.carries(t)) {
                    return false;
                }
                lines.add(TripleLines.line(t));
            }
            return true;
        } finally {
            Iter.close(quads);
        }
    }

    /** Removes the stored graph and writes the new one: the lines read so far (if any), then the rest. */
    private Written whole(LineSorter readSoFar, Iterator<Triple> rest) {
        deleted = store.getGraph(graph).size();
        store.removeGraph(graph);
        long triples = 0;
        if (readSoFar != null) {
            triples += merge(readSoFar, null, line -> add(TripleLines.triple(line)));
        }
        for (; rest.hasNext(); triples++) {
            add(rest.next());
        }
        return new Written(deleted, added, triples);
    }

    private void add(Triple t) {
        store.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        added++;
    }

    /** The triple with its object in the form TDB2 reads back, when TDB2 holds it in the node id. */
    private static Triple canonical(Triple t) {
        Node o = t.getObject();
        NodeId id = o.isLiteral() ? NodeIdInline.inline(o) : null;
        return id == null ? t : Triple.create(t.getSubject(), t.getPredicate(), NodeIdInline.extract(id));
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
