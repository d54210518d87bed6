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
        DatasetGraph monitored = RDFPatchOps.changes(store, counter);
        return Txn.calculateWrite(monitored, () -> GraphDiffWriter.write(monitored, G, Stream.of(content)));
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
        assertEquals(Set.of(t("(<urn:x:a> <urn:x:r> 'y')"), t("(<urn:x:a> <urn:x:r> 'z')")), graph(G));
    }

    @Test
    void newBlankNodes_keepTheirShape() {
        stored(G, t("(<urn:x:a> <urn:x:r> 'y')"));

        Node blank = NodeFactory.createBlankNode("n");
        write(new RDFChangesCounter(), Triple.create(NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:p"),
                blank), Triple.create(blank, NodeFactory.createURI("urn:x:q"), NodeFactory.createLiteralString("x")));

        List<Triple> triples = List.copyOf(graph(G));
        assertEquals(2, triples.size());
        Set<Node> blanks = triples.stream().flatMap(t -> Stream.of(t.getSubject(), t.getObject()))
                .filter(Node::isBlank).collect(Collectors.toSet());
        assertEquals(1, blanks.size(), triples.toString());
    }
}
