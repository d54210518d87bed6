package org.vndiplomacy.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesCounter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.sse.SSE;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.validate.LineSorter;

/** A changed graph written as its differences from the stored one, on a TDB2 store on disk. */
class GraphDiffWriterTest {

    private static final Node G = NodeFactory.createURI("urn:x:g");
    private static final Node OTHER = NodeFactory.createURI("urn:x:other");

    @TempDir
    Path dir;
    private DatasetGraph store;

    @BeforeEach
    void open() {
        store = DatabaseMgr.connectDatasetGraph(dir.toString());
    }

    @AfterEach
    void close() {
        TDBInternal.expel(store);
    }

    private static Triple t(String sse) {
        return SSE.parseTriple(sse);
    }

    private void stored(Node graph, Triple... triples) {
        Txn.executeWrite(store, () -> {
            for (Triple t : triples) {
                store.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
    }

    private Set<Triple> graph(Node graph) {
        return Txn.calculateRead(store, () -> store.getGraph(graph).find().toSet());
    }

    /** Writes {@code content} into G through a patch monitor; returns what it wrote and counts the patch. */
    private GraphDiffWriter.Written write(RDFChangesCounter counter, Triple... content) {
        return write(counter, LineSorter.DEFAULT_BUDGET, content);
    }

    private GraphDiffWriter.Written write(RDFChangesCounter counter, long budget, Triple... content) {
        DatasetGraph monitored = RDFPatchOps.changes(store, counter);
        return Txn.calculateWrite(monitored, () -> new GraphDiffWriter(monitored, G, true, budget)
                .write(Stream.of(content)));
    }

    @Test
    void changedGraph_onlyTheDifferencesWritten() {
        stored(G, t("(<urn:x:a> <urn:x:p> 'one'@vi)"), t("(<urn:x:a> <urn:x:p> <urn:x:b>)"),
                t("(<urn:x:a> <urn:x:n> 3)"));
        stored(OTHER, t("(<urn:x:a> <urn:x:p> 'one'@vi)"));
        RDFChangesCounter counter = new RDFChangesCounter();

        GraphDiffWriter.Written written = write(counter, t("(<urn:x:a> <urn:x:p> <urn:x:b>)"),
                t("(<urn:x:a> <urn:x:n> 4)"), t("(<urn:x:a> <urn:x:p> 'hai\\tdòng\\nmới'@vi)"),
                t("(<urn:x:a> <urn:x:n> 4)"));

        assertEquals(new GraphDiffWriter.Written(2, 2, 3), written);
        assertEquals(2, counter.summary().getCountDeleteData());
        assertEquals(2, counter.summary().getCountAddData());
        assertEquals(Set.of(t("(<urn:x:a> <urn:x:p> <urn:x:b>)"), t("(<urn:x:a> <urn:x:n> 4)"),
                t("(<urn:x:a> <urn:x:p> 'hai\\tdòng\\nmới'@vi)")), graph(G));
        assertEquals(Set.of(t("(<urn:x:a> <urn:x:p> 'one'@vi)")), graph(OTHER));
    }

    @Test
    void sameTriples_nothingWritten() {
        Triple[] triples = {t("(<urn:x:a> <urn:x:p> 'x')"),
            t("(<urn:x:a> <urn:x:p> '2020-01-01'^^<http://www.w3.org/2001/XMLSchema#date>)")};
        stored(G, triples);
        RDFChangesCounter counter = new RDFChangesCounter();

        assertEquals(new GraphDiffWriter.Written(0, 0, 2), write(counter, triples));
        assertEquals(0, counter.summary().getCountDeleteData() + counter.summary().getCountAddData());
    }

    @Test
    void blankNode_theGraphWrittenWhole() {
        stored(G, t("(<urn:x:a> <urn:x:p> _:b1)"), t("(_:b1 <urn:x:q> 'x')"), t("(<urn:x:a> <urn:x:r> 'y')"));
        RDFChangesCounter counter = new RDFChangesCounter();

        GraphDiffWriter.Written written = write(counter, t("(<urn:x:a> <urn:x:r> 'y')"),
                t("(<urn:x:a> <urn:x:r> 'z')"));

        assertEquals(new GraphDiffWriter.Written(3, 2, 2), written);
        assertEquals(3, counter.summary().getCountDeleteData());
        assertEquals(2, counter.summary().getCountAddData());
        assertEquals(Set.of(t("(<urn:x:a> <urn:x:r> 'y')"), t("(<urn:x:a> <urn:x:r> 'z')")), graph(G));
    }

    @Test
    void newBlankNodes_keepTheirShape() {
        stored(G, t("(<urn:x:a> <urn:x:r> 'y')"));

        Node blank = NodeFactory.createBlankNode("n");
        GraphDiffWriter.Written written = write(new RDFChangesCounter(), Triple.create(NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:p"),
                blank), Triple.create(blank, NodeFactory.createURI("urn:x:q"), NodeFactory.createLiteralString("x")));

        // the first new triple has a blank node: the stored graph is removed and the new one written whole
        assertEquals(new GraphDiffWriter.Written(1, 2, 2), written);
        List<Triple> triples = List.copyOf(graph(G));
        assertEquals(2, triples.size());
        Set<Node> blanks = triples.stream().flatMap(t -> Stream.of(t.getSubject(), t.getObject()))
                .filter(Node::isBlank).collect(Collectors.toSet());
        assertEquals(1, blanks.size(), triples.toString());
    }

    @Test
    void manyTriples_sortedOnDisk_sameDifferences() {
        Triple[] old = new Triple[300];
        Triple[] fresh = new Triple[300];
        for (int i = 0; i < 300; i++) {
            old[i] = t("(<urn:x:s" + i + "> <urn:x:n> " + i + ")");
            fresh[i] = t("(<urn:x:s" + i + "> <urn:x:n> " + (i % 3 == 0 ? i + 1000 : i) + ")");
        }
        stored(G, old);
        RDFChangesCounter counter = new RDFChangesCounter();

        // a budget of 100 characters: every few lines go to a run on disk
        assertEquals(new GraphDiffWriter.Written(100, 100, 300), write(counter, 100, fresh));
        assertEquals(Set.of(fresh), graph(G));
    }

    @Test
    void valueTdb2HoldsInItsNodeId_otherLexicalForm_notWrittenAgain() {
        stored(G, t("(<urn:x:a> <urn:x:n> '007'^^<http://www.w3.org/2001/XMLSchema#integer>)"),
                t("(<urn:x:a> <urn:x:b> '1'^^<http://www.w3.org/2001/XMLSchema#boolean>)"));
        // TDB2 gives the values back as 7 and true
        assertEquals(Set.of(t("(<urn:x:a> <urn:x:n> 7)"), t("(<urn:x:a> <urn:x:b> true)")), graph(G));
        RDFChangesCounter counter = new RDFChangesCounter();

        GraphDiffWriter.Written written = write(counter,
                t("(<urn:x:a> <urn:x:n> '007'^^<http://www.w3.org/2001/XMLSchema#integer>)"),
                t("(<urn:x:a> <urn:x:b> '1'^^<http://www.w3.org/2001/XMLSchema#boolean>)"));

        assertEquals(new GraphDiffWriter.Written(0, 0, 2), written);
        assertEquals(0, counter.summary().getCountDeleteData() + counter.summary().getCountAddData());
    }
}
