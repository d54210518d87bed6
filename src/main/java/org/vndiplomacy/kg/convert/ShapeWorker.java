package org.vndiplomacy.kg.convert;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;

/**
 * Checks article graphs against the shapes on a thread of its own, in the order given, while the caller reads and
 * converts the next articles, and does there what comes next for each graph (its digest); at most {@value #AHEAD}
 * graphs wait. What a check throws comes out of {@link #finish}.
 */
final class ShapeWorker implements AutoCloseable {

    private static final int AHEAD = 4;

    private final ShapeCheck.Session session;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "shape-check");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore room = new Semaphore(AHEAD);
    private volatile RuntimeException failure;

    ShapeWorker(ShapeCheck.Session session) {
        this.session = session;
    }

    /**
     * Checks one more graph (waits while {@value #AHEAD} are waiting), then gives it to {@code checked}, on the
     * worker's thread; what {@code checked} notes is seen by the caller after {@link #finish}.
     */
    void check(Model graph, Consumer<Model> checked) {
        rethrow();
        room.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                if (failure == null) {
                    session.article(graph.getGraph());
                    checked.accept(graph);
                }
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                room.release();
            }
        });
    }

    /** Waits for the graphs given to be checked. */
    void finish() {
        room.acquireUninterruptibly(AHEAD);
        room.release(AHEAD);
        rethrow();
    }

    /** Stops the worker once the graphs given are done (skipped after a failure), and waits for its thread to end. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // a large graph is still being checked: what it notes must not race with the caller's close
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }
}
