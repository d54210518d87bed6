package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.convert.GraphDigest;
import org.vndiplomacy.kg.validate.InvalidInputException;

/**
 * Compares each incoming graph with the stored one, a few graphs ahead of the writer, on a thread of its own and in
 * a read transaction of its own (which sees the store as it was before the write began): the stored graph's digest
 * is read from the store, and only a graph that differs is opened (an article is converted again then, while the
 * writer writes the one before). Graphs with blank nodes are compared by isomorphism.
 */
final class GraphComparison implements AutoCloseable {

    /** What the writer is to do with one graph: nothing, or write {@code content} (after removing the stored one). */
    record Step(GraphSource source, boolean stored, boolean unchanged, long triples, Stream<Triple> content) {
    }

    private record Failure(Throwable cause) {
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closed;

    GraphComparison(DatasetGraph store, List<GraphSource> sources, int ahead) {
        queue = new ArrayBlockingQueue<>(ahead);
        thread = new Thread(() -> run(store, sources), "graph-comparison");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next graph's step, in the order of the sources; what the comparison threw is thrown here. */
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
            throw new IllegalStateException("more graphs asked for than there are");
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

    private void run(DatasetGraph store, List<GraphSource> sources) {
        try {
            Txn.executeRead(store, () -> {
                for (GraphSource source : sources) {
                    if (closed) {
                        return;
                    }
                    put(compare(store, source));
                }
            });
            put(END);
        } catch (Carrier e) {
            put(new Failure(e.getCause()));
        } catch (RuntimeException | Error e) {
            if (!closed) {
                put(new Failure(e));
            }
        }
    }

    private static Step compare(DatasetGraph store, GraphSource source) {
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
                    return new Step(source, true, true, source.digest().triples(), null);
                }
            } else if (stored) {
                Graph incoming = GraphFactory.createDefaultGraph();
                try (Stream<Triple> triples = source.content().open()) {
                    triples.forEach(incoming::add);
                }
                Graph current = store.getGraph(node);
                boolean same = current.size() == incoming.size() && current.isIsomorphicWith(incoming);
                return new Step(source, true, same, incoming.size(), same ? null : incoming.stream());
            }
            return new Step(source, stored, false, 0, source.content().open());
        } catch (IOException | InvalidInputException e) {
            throw new Carrier(e);
        }
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
