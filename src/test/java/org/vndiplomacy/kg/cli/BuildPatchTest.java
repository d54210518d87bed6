package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.vndiplomacy.kg.SeedCounts;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.rdfpatch.changes.RDFChangesCounter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.store.StoreLayout;

/**
 * {@code build --patch}: the RDF Patch of a build over a changed seed, applied to a copy of the store as it was
 * before (a read replica), gives the store the build made, graph by graph.
 */
class BuildPatchTest {

    private static final String ARTICLE_003 = "https://w3id.org/vn-diplomacy/graph/article/003-9d6eedfe7b931b05";
    /** The statistics graph changes with the article's figures. */
    private static final String STATISTICS = "https://w3id.org/vn-diplomacy/graph/statistics";

    /**
     * What the dropped fact changes in graph/statistics: the size of article 003's graph ({@code void:triples}) and
     * the number of its facts ({@code void:distinctSubjects} of its partition of {@code prov:wasDerivedFrom}).
     */
    private static final long STATISTICS_DELETED = 2;
    private static final long STATISTICS_ADDED = 2;
    private static final Set<String> STATISTICS_CHANGED = Set.of(ARTICLE_003 + " http://rdfs.org/ns/void#triples",
            ARTICLE_003 + "#facts http://rdfs.org/ns/void#distinctSubjects");

    @TempDir
    Path dir;

    private SeedCopy copy;
    private Path primary;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void seeds() throws IOException {
        copy = SeedCopy.in(dir);
        primary = dir.resolve("primary");
    }

    @Test
    void patchOfAChangedArticle_appliedToTheOldStore_givesTheNewStore() throws IOException {
        assertEquals(0, build(), err.toString());
        Path replica = dir.resolve("replica");
        SparseCopy.copy(new StoreLayout(primary).database(), replica);
        copy.dropFact("003_9d6eedfe7b931b05.json", "obs-mofa-working-delegations-to-localities");
        Path patchFile = dir.resolve("build-2.rdfp");

        assertEquals(0, build("--patch", patchFile.toString()), err.toString());

        RDFPatch patch = RDFPatchOps.read(patchFile.toString());
        assertEquals(Set.of(ARTICLE_003, STATISTICS), graphsOf(patch));
        RDFChangesCounter counter = new RDFChangesCounter();
        patch.apply(counter);
        assertEquals(1, counter.summary().getCountTxnBegin());
        assertEquals(1, counter.summary().getCountTxnCommit());

        DatasetGraph replicaStore = DatabaseMgr.connectDatasetGraph(replica.toString());
        DatasetGraph primaryStore = DatabaseMgr.connectDatasetGraph(new StoreLayout(primary).database().toString());
        try {
            Node article = NodeFactory.createURI(ARTICLE_003);
            Node statistics = NodeFactory.createURI(STATISTICS);
            // only what differs is written: the old triples the new graphs lack deleted, the new ones added
            Txn.executeRead(replicaStore, () -> Txn.executeRead(primaryStore, () -> {
                assertEquals(STATISTICS_DELETED, missing(replicaStore, primaryStore, statistics));
                assertEquals(STATISTICS_ADDED, missing(primaryStore, replicaStore, statistics));
                assertEquals(STATISTICS_CHANGED, primaryStore.getGraph(statistics).find()
                        .filterDrop(replicaStore.getGraph(statistics)::contains)
                        .mapWith(t -> t.getSubject().getURI() + " " + t.getPredicate().getURI()).toSet());
                assertEquals(missing(replicaStore, primaryStore, article) + STATISTICS_DELETED,
                        counter.summary().getCountDeleteData());
                assertEquals(missing(primaryStore, replicaStore, article) + STATISTICS_ADDED,
                        counter.summary().getCountAddData());
                assertTrue(counter.summary().getCountDeleteData() < primaryStore.getGraph(article).size() / 10);
            }));
            RDFPatchOps.applyChange(replicaStore, patch);
            Txn.executeRead(replicaStore, () -> Txn.executeRead(primaryStore, () -> {
                assertEquals(names(primaryStore), names(replicaStore));
                assertEquals(SeedCounts.GRAPHS, names(primaryStore).size());
                primaryStore.listGraphNodes().forEachRemaining(graph -> assertTrue(
                        primaryStore.getGraph(graph).isIsomorphicWith(replicaStore.getGraph(graph)), graph.getURI()));
            }));
        } finally {
            TDBInternal.expel(replicaStore);
            TDBInternal.expel(primaryStore);
        }
    }

    @Test
    void buildFailedAfterItsCommit_theNextBuildPublishesItsChanges() throws IOException {
        assertEquals(0, build(), err.toString());
        Path replica = dir.resolve("replica");
        SparseCopy.copy(new StoreLayout(primary).database(), replica);
        copy.dropFact("003_9d6eedfe7b931b05.json", "obs-mofa-working-delegations-to-localities");
        Path patchFile = dir.resolve("build-2.rdfp");
        // a folder in the way of the N-Quads dump: the dumps are written while the graphs load, and moved into place
        // after their commit, where the build then fails
        Path dumps = new StoreLayout(primary).dumps().resolve("vn-diplomacy-kg.nq.gz");
        Files.delete(dumps);
        Files.writeString(Files.createDirectories(dumps).resolve("in-the-way"), "not a dump\n");

        assertEquals(ExitCodes.IO, build("--patch", patchFile.toString()), err.toString());
        assertTrue(err.toString().contains("the new graphs were committed but the build did not finish"),
                err.toString());
        assertFalse(Files.exists(patchFile));
        assertTrue(Files.exists(primary.resolve("patch.pending")));
        assertFalse(Files.exists(primary.resolve("patch.transaction")));

        deleteTree(dumps);
        err.getBuffer().setLength(0);
        assertEquals(0, build("--patch", patchFile.toString()), err.toString());
        assertFalse(Files.exists(primary.resolve("patch.pending")));
        RDFPatch patch = RDFPatchOps.read(patchFile.toString());
        assertEquals(Set.of(ARTICLE_003, STATISTICS), graphsOf(patch));
        RDFChangesCounter counter = new RDFChangesCounter();
        patch.apply(counter);
        // the failed build's transaction, then the completing build's own, empty one
        assertEquals(2, counter.summary().getCountTxnBegin());
        assertEquals(2, counter.summary().getCountTxnCommit());
        assertReplicaIsPrimary(replica, patch);
    }

    @Test
    void killedBetweenCommitAndPending_aCommittedTransactionIsPublished() throws IOException {
        assertEquals(0, build(), err.toString());
        Path replica = dir.resolve("replica");
        SparseCopy.copy(new StoreLayout(primary).database(), replica);
        copy.dropFact("003_9d6eedfe7b931b05.json", "obs-mofa-working-delegations-to-localities");
        Path second = dir.resolve("build-2.rdfp");
        assertEquals(0, build("--patch", second.toString()), err.toString());
        // as a kill right after TDB2's commit leaves it: the transaction, not yet pending
        List<String> lines = Files.readAllLines(second);
        Files.write(primary.resolve("patch.transaction"), lines.subList(1, lines.size()));

        Path third = dir.resolve("build-3.rdfp");
        assertEquals(0, build("--patch", third.toString()), err.toString());
        RDFPatch patch = RDFPatchOps.read(third.toString());
        RDFChangesCounter counter = new RDFChangesCounter();
        patch.apply(counter);
        assertEquals(2, counter.summary().getCountTxnCommit());
        assertEquals(Set.of(ARTICLE_003, STATISTICS), graphsOf(patch));
        assertFalse(Files.exists(primary.resolve("patch.transaction")));
        assertReplicaIsPrimary(replica, patch);
    }

    @Test
    void killedInTheCommit_aTransactionTheStoreDoesNotHoldIsDropped() throws IOException {
        assertEquals(0, build(), err.toString());
        Files.writeString(primary.resolve("patch.transaction"), "TX .\nA <urn:x:s> <urn:x:p> \"never committed\" "
                + "<" + ARTICLE_003 + "> .\nTC .\n");
        Path patchFile = dir.resolve("build-2.rdfp");
        assertEquals(0, build("--patch", patchFile.toString()), err.toString());
        assertEquals(List.of("TX .", "TC ."), Files.readAllLines(patchFile).subList(1, 3));
        assertEquals(3, Files.readAllLines(patchFile).size());
        assertFalse(Files.exists(primary.resolve("patch.transaction")));
    }

    @Test
    void existingPatchFile_refused_nothingBuilt() throws IOException {
        assertEquals(0, build(), err.toString());
        String stamp = Files.readString(new StoreLayout(primary).stamp());
        Path patchFile = dir.resolve("build-1.rdfp");
        Files.writeString(patchFile, "H id <uuid:00000000-0000-0000-0000-000000000000> .\nTX .\nTC .\n");
        copy.dropFact("003_9d6eedfe7b931b05.json", "obs-mofa-working-delegations-to-localities");

        assertEquals(ExitCodes.IO, build("--patch", patchFile.toString()));
        assertEquals("error: " + patchFile.toAbsolutePath() + ": --patch: the file exists, and may hold changes a "
                + "replica has not applied yet; move it away first (nothing was built)\n",
                err.toString().lines().reduce((a, b) -> b).orElse("") + "\n");
        assertEquals("H id <uuid:00000000-0000-0000-0000-000000000000> .\nTX .\nTC .\n",
                Files.readString(patchFile));
        assertEquals(stamp, Files.readString(new StoreLayout(primary).stamp()));
        assertFalse(Files.exists(primary.resolve("build.inprogress")));
    }

    @Test
    void unchangedSeeds_patchIsAnEmptyTransaction() throws IOException {
        assertEquals(0, build(), err.toString());
        Path patchFile = dir.resolve("build-2.rdfp");
        assertEquals(0, build("--patch", patchFile.toString()), err.toString());
        List<String> lines = Files.readAllLines(patchFile);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("H id <uuid:[0-9a-f-]{36}> \\."), lines.get(0));
        assertEquals(List.of("TX .", "TC ."), lines.subList(1, 3));
    }

    @Test
    void invalidInput_noPatch() throws IOException {
        assertEquals(0, build(), err.toString());
        Path file = copy.seeds().resolve("annotations/001_fd340b40d8971c87.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"start\": (\\d+)", "\"start\": 999999"));
        Path patchFile = dir.resolve("build-2.rdfp");
        assertEquals(ExitCodes.INVALID, build("--patch", patchFile.toString()));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().contains("build-2.rdfp")));
        }
    }

    /** The patch applied to the replica gives the primary's graphs. */
    private void assertReplicaIsPrimary(Path replica, RDFPatch patch) {
        DatasetGraph replicaStore = DatabaseMgr.connectDatasetGraph(replica.toString());
        DatasetGraph primaryStore = DatabaseMgr.connectDatasetGraph(new StoreLayout(primary).database().toString());
        try {
            RDFPatchOps.applyChange(replicaStore, patch);
            Txn.executeRead(replicaStore, () -> Txn.executeRead(primaryStore, () -> {
                assertEquals(names(primaryStore), names(replicaStore));
                assertEquals(SeedCounts.GRAPHS, names(primaryStore).size());
                primaryStore.listGraphNodes().forEachRemaining(graph -> assertTrue(
                        primaryStore.getGraph(graph).isIsomorphicWith(replicaStore.getGraph(graph)), graph.getURI()));
            }));
        } finally {
            TDBInternal.expel(replicaStore);
            TDBInternal.expel(primaryStore);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private int build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--seeds", copy.seeds().toString(),
                "--ontology", copy.ontology().toString(), "--db", primary.toString()));
        args.addAll(List.of(extra));
        return MainCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
    }

    private static Set<String> graphsOf(RDFPatch patch) {
        RDFChangesCollector collector = new RDFChangesCollector();
        patch.apply(collector);
        Set<String> graphs = new TreeSet<>();
        collector.getRDFPatch().apply(new RDFChangesBase() {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                graphs.add(g.getURI());
            }

            @Override
            public void delete(Node g, Node s, Node p, Node o) {
                graphs.add(g.getURI());
            }
        });
        return graphs;
    }

    /** How many triples of graph {@code graph} in {@code from} are not in {@code to}'s. */
    private static long missing(DatasetGraph from, DatasetGraph to, Node graph) {
        return from.getGraph(graph).find().filterDrop(to.getGraph(graph)::contains).toList().size();
    }

    private static Set<String> names(DatasetGraph store) {
        Set<String> names = new TreeSet<>();
        store.listGraphNodes().forEachRemaining(node -> names.add(node.getURI()));
        return names;
    }
}
