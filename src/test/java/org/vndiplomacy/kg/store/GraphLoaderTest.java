package org.vndiplomacy.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vndiplomacy.kg.SeedCounts;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.changes.DatasetGraphTextMonitor;
import org.apache.jena.query.text.changes.TextDatasetChanges;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.store.GraphChange.Kind;
import org.vndiplomacy.kg.vocab.VND;

/** Graph-by-graph loading into a real TDB2 database on disk. */
class GraphLoaderTest {

    private static final String ARTICLE_003 = VND.GRAPH_BASE + "article/003-9d6eedfe7b931b05";

    @TempDir
    Path dir;

    private DatasetGraph store;
    private Dataset seeds;

    @BeforeEach
    void loadSeeds() throws Exception {
        store = DatabaseMgr.connectDatasetGraph(dir.toString());
        seeds = StoreFixture.convertSeeds();
        new GraphLoader(c -> { }).load(store, seeds.asDatasetGraph());
    }

    @AfterEach
    void release() {
        TDBInternal.expel(store);
    }

    @Test
    void load_sameDataAgain_touchesNothing() {
        Recorder recorder = new Recorder();
        List<GraphChange> changes = new GraphLoader(c -> { })
                .load(new DatasetGraphTextMonitor(store, recorder), seeds.asDatasetGraph());
        assertEquals(SeedCounts.GRAPHS, changes.size());
        assertTrue(changes.stream().allMatch(c -> c.kind() == Kind.UNCHANGED), changes.toString());
        assertEquals(Set.of(), recorder.graphs);
    }

    @Test
    void load_emptyGraphThatIsNotStored_unchangedAndNothingWritten() throws Exception {
        List<GraphSource> sources = new ArrayList<>(GraphSource.of(seeds.asDatasetGraph()));
        sources.add(GraphSource.of(VND.GRAPH_BASE + "zz-empty", org.apache.jena.sparql.graph.GraphFactory
                .createDefaultGraph()));
        List<GraphChange> changes = new ArrayList<>();
        Recorder recorder = new Recorder();

        GraphCounts counts = new GraphLoader(changes::add).load(new DatasetGraphTextMonitor(store, recorder), sources);

        assertEquals(new GraphChange(VND.GRAPH_BASE + "zz-empty", Kind.UNCHANGED, 0), changes.get(SeedCounts.GRAPHS));
        assertEquals(0, counts.written(), changes.toString());
        assertEquals(Set.of(), recorder.graphs);
    }

    @Test
    void load_oneArticleChanged_touchesOnlyThatGraph() {
        DatasetGraph changed = copyOf(seeds.asDatasetGraph());
        Node graph = NodeFactory.createURI(ARTICLE_003);
        Quad one = changed.find(graph, Node.ANY, Node.ANY, Node.ANY).next();
        changed.delete(one);
        Recorder recorder = new Recorder();

        List<GraphChange> changes = new GraphLoader(c -> { }).load(new DatasetGraphTextMonitor(store, recorder), changed);

        List<String> touched = changes.stream().filter(GraphChange::touched)
                .map(c -> c.kind() + " " + c.graph()).toList();
        assertEquals(List.of("REPLACED " + ARTICLE_003), touched);
        assertEquals(Set.of(ARTICLE_003), recorder.graphs);
        long stored = Txn.calculateRead(store, () -> store.getGraph(graph).size());
        assertEquals(changed.getGraph(graph).size(), stored);
    }

    @Test
    void load_graphGone_removesItButKeepsForeignGraphs() {
        Node foreign = NodeFactory.createURI("http://example.org/notes");
        Txn.executeWrite(store, () -> store.add(foreign, foreign, foreign, NodeFactory.createLiteralString("x")));
        DatasetGraph fewer = copyOf(seeds.asDatasetGraph());
        fewer.removeGraph(NodeFactory.createURI(ARTICLE_003));

        List<GraphChange> changes = new GraphLoader(c -> { }).load(store, fewer);

        assertEquals(List.of("REMOVED " + ARTICLE_003), changes.stream().filter(GraphChange::touched)
                .map(c -> c.kind() + " " + c.graph()).toList());
        assertEquals(List.of(new GraphChange("http://example.org/notes", Kind.KEPT, 1)), changes.stream()
                .filter(c -> c.kind() == Kind.KEPT).toList());
        Txn.executeRead(store, () -> {
            assertTrue(store.containsGraph(foreign));
            assertTrue(!store.containsGraph(NodeFactory.createURI(ARTICLE_003)));
        });
    }

    @Test
    void load_graphsGoneBetweenAndAfterIncomingOnes_eachRemovedOnceAfterTheWrites() throws Exception {
        Node between = NodeFactory.createURI(VND.GRAPH_BASE + "article/002-zz");
        Node last = NodeFactory.createURI(VND.GRAPH_BASE + "zz-last");
        Node first = NodeFactory.createURI(VND.GRAPH_BASE + "a-first");
        Txn.executeWrite(store, () -> {
            for (Node g : List.of(between, last, first)) {
                store.add(g, g, g, NodeFactory.createLiteralString("x"));
            }
        });
        List<GraphChange> changes = new ArrayList<>();

        GraphCounts counts = new GraphLoader(changes::add).load(store, GraphSource.of(seeds.asDatasetGraph()));

        assertEquals(List.of("REMOVED " + first.getURI(), "REMOVED " + between.getURI(), "REMOVED " + last.getURI()),
                changes.subList(SeedCounts.GRAPHS, SeedCounts.GRAPHS + 3).stream().map(c -> c.kind() + " " + c.graph()).toList(), changes.toString());
        assertEquals(SeedCounts.GRAPHS + 3, changes.size(), changes.toString());
        assertEquals(3, counts.written(), counts.toString());
        Txn.executeRead(store, () -> assertEquals(SeedCounts.GRAPHS, Iter.count(store.listGraphNodes())));
    }

    @Test
    void load_sourcesNotSorted_refusedAndStoreAsBefore() {
        List<Quad> before = allQuads(store);
        List<GraphSource> sources = new ArrayList<>(GraphSource.of(seeds.asDatasetGraph()));
        Collections.swap(sources, 3, 4);
        String third = sources.get(3).name();
        String fourth = sources.get(4).name();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GraphLoader(c -> { })
                .load(store, sources));

        assertEquals("graphs not sorted by name, or twice: " + third + " before " + fourth, e.getMessage());
        assertEquals(before, allQuads(store));
    }

    @Test
    void load_failureMidway_leavesStoreAsBeforeOnDisk() {
        List<Quad> before = allQuads(store);
        DatasetGraph changed = copyOf(seeds.asDatasetGraph());
        changed.removeGraph(NodeFactory.createURI(ARTICLE_003));
        Node derived = NodeFactory.createURI(VND.GRAPH_BASE + "derived");
        changed.delete(changed.find(derived, Node.ANY, Node.ANY, Node.ANY).next());
        List<String> seen = new ArrayList<>();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new GraphLoader(c -> {
            seen.add(c.kind() + " " + c.graph());
            if (c.kind() == Kind.UNCHANGED && c.graph().endsWith("/reference")) {
                throw new IllegalStateException("injected failure");
            }
        }).load(store, changed));

        assertEquals("injected failure", e.getMessage());
        assertEquals(List.of("REPLACED " + VND.GRAPH_BASE + "derived"), seen.stream()
                .filter(s -> !s.startsWith("UNCHANGED")).toList(), "the derived graph was rewritten before the failure");
        TDBInternal.expel(store);
        store = DatabaseMgr.connectDatasetGraph(dir.toString());
        assertEquals(before, allQuads(store));
    }

    @Test
    void load_unchangedGraphs_decidedByDigestWithoutOpeningThem() throws Exception {
        List<GraphSource> sealed = new ArrayList<>();
        for (GraphSource source : GraphSource.of(seeds.asDatasetGraph())) {
            sealed.add(new GraphSource(source.name(), source.digest(), () -> {
                throw new AssertionError("opened " + source.name());
            }));
        }
        GraphCounts counts = new GraphLoader(c -> { }).load(store, sealed);
        assertEquals(new GraphCounts(0, 0, SeedCounts.GRAPHS, 0, 0, seeds.asDatasetGraph().stream().count()), counts);
    }

    @Test
    void load_afterAnUpdateThatKeptTheSize_theStoredGraphIsReplacedAgain() {
        Node graph = NodeFactory.createURI(ARTICLE_003);
        Txn.executeWrite(store, () -> {
            Quad title = store.find(graph, Node.ANY, NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY)
                    .next();
            store.delete(title);
            store.add(graph, title.getSubject(), title.getPredicate(), NodeFactory.createLiteralLang("sửa", "vi"));
        });

        List<GraphChange> changes = new GraphLoader(c -> { }).load(store, seeds.asDatasetGraph());

        assertEquals(List.of("REPLACED " + ARTICLE_003), changes.stream().filter(GraphChange::touched)
                .map(c -> c.kind() + " " + c.graph()).toList());
        assertTrue(Txn.calculateRead(store, () -> store.getGraph(graph).isIsomorphicWith(
                seeds.asDatasetGraph().getGraph(graph))), "the update is undone");
    }

    private static DatasetGraph copyOf(DatasetGraph source) {
        DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        copy.addAll(source);
        return copy;
    }

    private static List<Quad> allQuads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<Quad> quads = new ArrayList<>();
            dsg.find().forEachRemaining(quads::add);
            quads.sort((a, b) -> a.toString().compareTo(b.toString()));
            return quads;
        });
    }

    /** Records the graphs of every quad added or deleted. */
    private static final class Recorder implements TextDatasetChanges {
        final Set<String> graphs = new TreeSet<>();

        @Override
        public void start() {
        }

        @Override
        public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
            if (action == TextQuadAction.ADD || action == TextQuadAction.DELETE) {
                graphs.add(g.getURI());
            }
        }

        @Override
        public void finish() {
        }

        @Override
        public void reset() {
        }
    }
}
