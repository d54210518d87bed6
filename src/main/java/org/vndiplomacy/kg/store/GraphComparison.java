package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.convert.GraphDigest;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.vocab.VND;

/**
 * Compares each incoming graph with the stored one, a few graphs ahead of the writer, on a thread of its own and in
 * a read transaction of its own (which sees the store as it was before the write began): the stored graph's digest
 * is read from the store, and only a graph that differs is opened (an article is converted again then, while the
 * writer writes the one before). Graphs with blank nodes are compared by isomorphism. With a dump session, it also
 * writes the dumps of the store as the load leaves it, graph by graph in their order, while the writer loads: the
 * default graph and the kept graphs (which the load does not touch) and the unchanged ones as stored, the others as
 * they come; the removed ones not at all.
 */
final class GraphComparison implements AutoCloseable {

    /** What the writer is to do with one graph: nothing, or bring the stored one (if any) in line with the content. */
    record Step(GraphSource source, boolean stored, boolean unchanged, long triples, Stream<Triple> content) {
    }

    private record Failure(Throwable cause) {
    }

    private static final Object END = new Object();

    /** A changed graph of at most this many triples is held for the writer once dumped; a larger one is read again. */
    private static final long HELD = 200_000;

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private final DumpWriter.Session dumps;
    private volatile boolean closed;

    /** A comparison that also feeds {@code dumps}, unless it is {@code null}. */
    GraphComparison(DatasetGraph store, GraphSources sources, int ahead, DumpWriter.Session dumps) {
        this.dumps = dumps;
        queue = new ArrayBlockingQueue<>(ahead);
        thread = new Thread(() -> run(store, sources), "graph-comparison");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The next graph's step, in the order of the sources, or {@code null} after the last one; what the comparison
     * threw is thrown here.
     */
    Step next() throws IOException, InvalidInputException {
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next graph", e);
        }
        if (item instanceof Failure failure) {
            Throwable cause = failure.cause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof InvalidInputException invalid) {
                throw invalid;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the graph comparison failed", cause);
        }
        if (item == END) {
            return null;
        }
        return (Step) item;
    }

    /**
     * Stops the comparison (when the writer stops early) and waits for its read transaction to end. The thread is not
     * interrupted: an interrupt in the middle of a read would close the store's file channels.
     */
    @Override
    public void close() {
        closed = true;
        try {
            while (thread.isAlive()) {
                drain();
                thread.join(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
    }

    private void drain() {
        for (Object item = queue.poll(); item != null; item = queue.poll()) {
            if (item instanceof Step step && step.content() != null) {
                step.content().close();
            }
        }
    }

    private void run(DatasetGraph store, GraphSources sources) {
        try {
            Txn.executeRead(store, () -> compareAll(store, sources));
            put(END);
        } catch (Carrier e) {
            put(new Failure(e.getCause()));
        } catch (RuntimeException | Error e) {
            if (!closed) {
                put(new Failure(e));
            }
        }
    }

    /** Compares every source in turn; with dumps, dumps the stored graphs the load keeps in their places. */
    private void compareAll(DatasetGraph store, GraphSources sources) {
        Iterator<Node> foreign = (dumps == null ? List.<Node>of() : foreign(store)).iterator();
        Node kept = foreign.hasNext() ? foreign.next() : null;
        if (dumps != null) {
            dumps.graph(Quad.defaultGraphIRI, store.getDefaultGraph().find());
        }
        String last = null;
        try (Stream<GraphSource> all = sources.open()) {
            for (Iterator<GraphSource> it = all.iterator(); it.hasNext() && !closed; ) {
                GraphSource source = it.next();
                checkOrder(last, source.name());
                last = source.name();
                for (; kept != null && DumpWriter.GRAPH_ORDER.compare(kept, source.node()) <= 0;
                        kept = foreign.hasNext() ? foreign.next() : null) {
                    // a stored graph of another namespace is kept as it is, unless it comes in anew
                    if (!kept.equals(source.node())) {
                        dumpStored(store, kept);
                    }
                }
                put(compare(store, source));
            }
        }
        for (; kept != null && !closed; kept = foreign.hasNext() ? foreign.next() : null) {
            dumpStored(store, kept);
        }
    }

    /**
     * The stored graphs outside the project's namespace, and those not named by an IRI, in dump order: the load keeps
     * them ({@link GraphLoader}) unless one of the same name comes in. There are few; the project's are not held.
     */
    private static List<Node> foreign(DatasetGraph store) {
        List<Node> foreign = new ArrayList<>();
        store.listGraphNodes().forEachRemaining(node -> {
            if (!node.isURI() || !node.getURI().startsWith(VND.GRAPH_BASE)) {
                foreign.add(node);
            }
        });
        foreign.sort(DumpWriter.GRAPH_ORDER);
        return foreign;
    }

    private static void checkOrder(String last, String name) {
        if (last != null && last.compareTo(name) >= 0) {
            throw new IllegalArgumentException("graphs not sorted by name, or twice: " + last + " before " + name);
        }
    }

    private void dumpStored(DatasetGraph store, Node node) {
        dumps.graph(node, Iter.map(store.find(node, Node.ANY, Node.ANY, Node.ANY), Quad::asTriple));
    }

    private Step compare(DatasetGraph store, GraphSource source) {
        try {
            Node node = source.node();
            boolean stored = store.containsGraph(node);
            if (!stored && source.digest().triples() == 0) {
                // an empty graph is not stored (a store has no empty named graphs): there is nothing to write
                return new Step(source, false, true, 0, null);
            }
            if (stored && !source.digest().blankNodes()) {
                GraphDigest.Builder digest = new GraphDigest.Builder();
                store.find(node, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> digest.add(q.asTriple()));
                if (digest.build().equals(source.digest())) {
                    if (dumps != null) {
                        dumpStored(store, node);
                    }
                    return new Step(source, true, true, source.digest().triples(), null);
                }
            } else if (stored) {
                Graph incoming = GraphFactory.createDefaultGraph();
                try (Stream<Triple> triples = source.content().open()) {
                    triples.forEach(incoming::add);
                }
                Graph current = store.getGraph(node);
                boolean same = current.size() == incoming.size() && current.isIsomorphicWith(incoming);
                if (dumps != null) {
                    dumps.graph(node, same ? current.find() : incoming.find());
                }
                return new Step(source, true, same, incoming.size(), same ? null : incoming.stream());
            }
            return new Step(source, stored, false, 0, content(source));
        } catch (IOException | InvalidInputException e) {
            throw new Carrier(e);
        }
    }

    /** The triples to write, dumped first when there are dumps (held, or for a large graph read again). */
    private Stream<Triple> content(GraphSource source) throws IOException, InvalidInputException {
        if (dumps == null) {
            return source.content().open();
        }
        if (source.digest().triples() <= HELD) {
            List<Triple> triples;
            try (Stream<Triple> content = source.content().open()) {
                triples = content.toList();
            }
            dumps.graph(source.node(), triples.iterator());
            return triples.stream();
        }
        try (Stream<Triple> content = source.content().open()) {
            dumps.graph(source.node(), content.iterator());
        }
        return source.content().open();
    }

    private void put(Object item) {
        try {
            while (!closed && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the writer is busy; wait
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closed && item instanceof Step step && step.content() != null) {
            step.content().close();
        }
    }

    /** Carries a checked exception out of a transaction's lambda. */
    static final class Carrier extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Carrier(Exception cause) {
            super(cause);
        }
    }
}
