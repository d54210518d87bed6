package org.vndiplomacy.kg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.store.GraphChange.Kind;
import org.vndiplomacy.kg.vocab.VND;

/**
 * Brings the store's named graphs in line with a newly converted dataset, in ONE write transaction: a graph whose
 * triples differ is removed and written anew, an equal graph is not touched, and a graph of the project's
 * namespace ({@link VND#GRAPH_BASE}) that the new dataset lacks is removed. Graphs outside that namespace, and the
 * stored default graph (which an update without {@code GRAPH} writes to), are left alone and reported as kept.
 * If anything fails before the commit (an exception, a crash, a kill), the transaction is not committed and the
 * store keeps its previous state.
 */
public final class GraphLoader {

    /** Told of each graph as it is done, inside the transaction; what it throws aborts the load. */
    public interface Listener {
        void graphDone(GraphChange change);
    }

    private final Listener listener;

    public GraphLoader(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Loads {@code incoming}'s named graphs into {@code store}; returns the change to every graph, by name. */
    public List<GraphChange> load(DatasetGraph store, DatasetGraph incoming) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(incoming, "incoming");
        return Txn.calculateWrite(store, () -> loadInTransaction(store, incoming));
    }

    private List<GraphChange> loadInTransaction(DatasetGraph store, DatasetGraph incoming) {
        Set<String> incomingNames = names(incoming.listGraphNodes());
        Set<String> storedNames = names(store.listGraphNodes());
        List<GraphChange> changes = new ArrayList<>();
        for (String name : incomingNames) {
            changes.add(done(loadGraph(store, incoming.getGraph(NodeFactory.createURI(name)), name,
                    storedNames.contains(name))));
        }
        for (String name : storedNames) {
            if (!incomingNames.contains(name)) {
                changes.add(done(removeOrKeep(store, name)));
            }
        }
        long defaultTriples = store.getDefaultGraph().size();
        if (defaultTriples > 0) {
            changes.add(done(new GraphChange(Quad.defaultGraphIRI.getURI(), Kind.KEPT, defaultTriples)));
        }
        changes.sort((a, b) -> a.graph().compareTo(b.graph()));
        return changes;
    }

    private static GraphChange removeOrKeep(DatasetGraph store, String name) {
        Node node = NodeFactory.createURI(name);
        if (name.startsWith(VND.GRAPH_BASE)) {
            store.removeGraph(node);
            return new GraphChange(name, Kind.REMOVED, 0);
        }
        return new GraphChange(name, Kind.KEPT, store.getGraph(node).size());
    }

    private static GraphChange loadGraph(DatasetGraph store, Graph graph, String name, boolean stored) {
        Node node = NodeFactory.createURI(name);
        if (stored) {
            Graph current = store.getGraph(node);
            if (current.size() == graph.size() && current.isIsomorphicWith(graph)) {
                return new GraphChange(name, Kind.UNCHANGED, graph.size());
            }
            store.removeGraph(node);
        }
        graph.find().forEachRemaining(t -> store.add(node, t.getSubject(), t.getPredicate(), t.getObject()));
        return new GraphChange(name, stored ? Kind.REPLACED : Kind.ADDED, graph.size());
    }

    private GraphChange done(GraphChange change) {
        listener.graphDone(change);
        return change;
    }

    private static Set<String> names(Iterator<Node> nodes) {
        Set<String> names = new TreeSet<>();
        nodes.forEachRemaining(n -> {
            if (n.isURI()) {
                names.add(n.getURI());
            }
        });
        return names;
    }
}
