package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.vndiplomacy.kg.store.GraphChange.Kind;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.LineLib;
import org.vndiplomacy.kg.validate.LineSorter;
import org.vndiplomacy.kg.vocab.VND;

/**
 * Brings the store's named graphs in line with newly converted ones, in ONE write transaction: a graph whose
 * triples differ gets the differences (its stored triples that the new one lacks deleted, the new ones added:
 * {@link GraphDiffWriter}), an equal graph is not touched, and a graph of the project's
 * namespace ({@link VND#GRAPH_BASE}) that the new graphs lack is removed. Graphs outside that namespace, and the
 * stored default graph (which an update without {@code GRAPH} writes to), are left alone and reported as kept.
 * Whether a graph changed is decided by digests ({@link GraphComparison}), without holding the stored graph or the
 * new one; the new ones are given as {@link GraphSource}s and opened one at a time. If anything fails before the
 * commit (an exception, a crash, a kill), the transaction is not committed and the store keeps its previous state.
 */
public final class GraphLoader {

    /** Told of each graph as it is done, inside the transaction; what it throws aborts the load. */
    public interface Listener {
        void graphDone(GraphChange change);
    }

    /** How many graphs the comparison may run ahead of the writer (converted graphs waiting to be written). */
    private static final int AHEAD = 4;

    private final Listener listener;
    private volatile boolean committing;

    public GraphLoader(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Loads {@code incoming}'s named graphs (held in memory) into {@code store}; returns every change, by name. */
    public List<GraphChange> load(DatasetGraph store, DatasetGraph incoming) {
        Objects.requireNonNull(incoming, "incoming");
        List<GraphChange> changes = new ArrayList<>();
        try {
            new GraphLoader(change -> {
                listener.graphDone(change);
                changes.add(change);
            }).load(store, GraphSource.of(incoming));
        } catch (IOException | InvalidInputException e) {
            throw new IllegalStateException("a graph in memory could not be read", e);
        }
        changes.sort((a, b) -> a.graph().compareTo(b.graph()));
        return changes;
    }

    /**
     * Loads the given graphs, in the order given (sorted by name, each once), then removes the project's graphs
     * that are not among them; returns how many graphs were added, replaced, left, removed and kept.
     */
    public GraphCounts load(DatasetGraph store, List<GraphSource> sources) throws IOException, InvalidInputException {
        return load(store, GraphSources.of(sources), null, null);
    }

    /**
     * Loads the given graphs (sorted by name, each once) as {@link #load(DatasetGraph, List)} does; when
     * {@code patch} is not null, tells it every quad the write transaction deletes and adds, and the transaction's
     * begin and commit (or abort): an RDF Patch of the load; and writes into {@code dumps} (unless {@code null}) the
     * store as the load leaves it, while it loads (see {@link GraphComparison}).
     */
    public GraphCounts load(DatasetGraph store, GraphSources sources, RDFChanges patch,
            DumpWriter.Session dumps) throws IOException, InvalidInputException {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(sources, "sources");
        // the comparison reads the store itself; the writes (and the transaction) go through the patch's monitor
        DatasetGraph target = patch == null ? store : RDFPatchOps.changes(store, patch);
        committing = false;
        try (GraphComparison ahead = new GraphComparison(store, sources, AHEAD, dumps)) {
            return Txn.calculateWrite(target, () -> {
                try {
                    GraphCounts counts = write(target, TDBInternal.isTDB2(store), ahead);
                    committing = true;
                    return counts;
                } catch (IOException | InvalidInputException e) {
                    throw new GraphComparison.Carrier(e);
                }
            });
        } catch (GraphComparison.Carrier e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (InvalidInputException) e.getCause();
        }
    }

    /**
     * Whether the last {@link #load(DatasetGraph, List)} wrote every graph and went on to commit: a failure after
     * that came from the commit itself, which may or may not have taken place.
     */
    public boolean reachedCommit() {
        return committing;
    }

    /**
     * Writes the graphs as the comparison gives them, in order of their names; then removes (or keeps) the stored
     * graphs that did not come in, found by merging the sorted stored names with the incoming ones, so that neither
     * list is held in memory beyond a {@link LineSorter}'s budget.
     */
    private GraphCounts write(DatasetGraph store, boolean tdb2, GraphComparison ahead)
            throws IOException, InvalidInputException {
        GraphCounts counts = GraphCounts.NONE;
        try (LineSorter stored = new LineSorter(LineSorter.LIST_BUDGET);
                LineSorter others = new LineSorter(LineSorter.LIST_BUDGET)) {
            listStored(store, stored, others);
            try (Stream<String> sorted = stored.sorted()) {
                Iterator<String> old = sorted.iterator();
                String oldName = next(old);
                for (GraphComparison.Step step = ahead.next(); step != null; step = ahead.next()) {
                    String name = step.source().name();
                    for (; oldName != null && oldName.compareTo(name) <= 0; oldName = next(old)) {
                        if (!oldName.equals(name)) {
                            others.add(LineLib.join(oldName));
                        }
                    }
                    counts = counts.with(done(write(store, tdb2, step)));
                }
                for (; oldName != null; oldName = next(old)) {
                    others.add(LineLib.join(oldName));
                }
            }
            try (Stream<String> sorted = others.sorted()) {
                for (Iterator<String> it = sorted.iterator(); it.hasNext(); ) {
                    counts = counts.with(done(removeOrKeep(store, LineLib.split(it.next()).get(0))));
                }
            }
        }
        long defaultTriples = store.getDefaultGraph().size();
        if (defaultTriples > 0) {
            counts = counts.with(done(new GraphChange(Quad.defaultGraphIRI.getURI(), Kind.KEPT, defaultTriples)));
        }
        return counts;
    }

    /**
     * The names of the stored graphs, into {@code stored}; a name with a line break (which no RDF syntax writes, so
     * no incoming graph has) goes straight to {@code others}, escaped, as a line cannot hold it.
     */
    private static void listStored(DatasetGraph store, LineSorter stored, LineSorter others) {
        for (Iterator<Node> names = store.listGraphNodes(); names.hasNext(); ) {
            Node name = names.next();
            if (!name.isURI()) {
                continue;
            }
            String uri = name.getURI();
            if (uri.indexOf('\n') >= 0 || uri.indexOf('\r') >= 0) {
                others.add(LineLib.join(uri));
            } else {
                stored.add(uri);
            }
        }
    }

    private static String next(Iterator<String> names) {
        return names.hasNext() ? names.next() : null;
    }

    private static GraphChange write(DatasetGraph store, boolean tdb2, GraphComparison.Step step) {
        String name = step.source().name();
        if (step.unchanged()) {
            return new GraphChange(name, Kind.UNCHANGED, step.triples());
        }
        Node node = step.source().node();
        try (Stream<Triple> content = step.content()) {
            if (step.stored()) {
                return new GraphChange(name, Kind.REPLACED, new GraphDiffWriter(store, node, tdb2).write(content)
                        .triples());
            }
            long triples = 0;
            for (Iterator<Triple> it = content.iterator(); it.hasNext(); triples++) {
                Triple t = it.next();
                store.add(node, t.getSubject(), t.getPredicate(), t.getObject());
            }
            return new GraphChange(name, Kind.ADDED, triples);
        }
    }

    private static GraphChange removeOrKeep(DatasetGraph store, String name) {
        Node node = NodeFactory.createURI(name);
        if (name.startsWith(VND.GRAPH_BASE)) {
            store.removeGraph(node);
            return new GraphChange(name, Kind.REMOVED, 0);
        }
        return new GraphChange(name, Kind.KEPT, store.getGraph(node).size());
    }

    private GraphChange done(GraphChange change) {
        listener.graphDone(change);
        return change;
    }
}
