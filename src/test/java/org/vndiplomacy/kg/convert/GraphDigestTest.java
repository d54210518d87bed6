package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The order-free digest: the same for the same triples in any order, another for one triple more, less or changed. */
class GraphDigestTest {

    private static final String ARTICLE = "https://w3id.org/vn-diplomacy/graph/article/002-854a89eabb678019";

    private static Graph graph;

    @BeforeAll
    static void convert() throws Exception {
        Dataset seeds = SeedGraph.convert();
        graph = seeds.getNamedModel(ARTICLE).getGraph();
    }

    private static List<Triple> triples() {
        return graph.find().toList();
    }

    private static Graph of(List<Triple> triples) {
        Graph g = GraphFactory.createDefaultGraph();
        triples.forEach(g::add);
        return g;
    }

    @Test
    void digest_anyOrder_same() {
        List<Triple> shuffled = new ArrayList<>(triples());
        Collections.shuffle(shuffled, new Random(3));
        GraphDigest digest = GraphDigest.of(graph);
        assertEquals(digest, GraphDigest.of(shuffled.iterator()));
        assertEquals(graph.size(), digest.triples());
        assertTrue(digest.sameAs(GraphDigest.of(of(shuffled))));
        assertFalse(digest.blankNodes());
    }

    @Test
    void digest_oneTripleMoreLessOrChanged_differs() {
        GraphDigest digest = GraphDigest.of(graph);
        List<Triple> less = new ArrayList<>(triples());
        Triple removed = less.remove(less.size() / 2);
        assertNotEquals(digest, GraphDigest.of(less.iterator()));
        List<Triple> changed = new ArrayList<>(less);
        changed.add(Triple.create(removed.getSubject(), removed.getPredicate(), NodeFactory.createLiteralLang(
                "Hà Nội", "vi")));
        assertEquals(digest.triples(), GraphDigest.of(changed.iterator()).triples());
        assertNotEquals(digest, GraphDigest.of(changed.iterator()));
        List<Triple> swapped = new ArrayList<>(less);
        swapped.add(Triple.create(removed.getObject().isURI() ? removed.getObject() : removed.getSubject(),
                removed.getPredicate(), removed.getSubject()));
        assertNotEquals(digest, GraphDigest.of(swapped.iterator()));
    }

    @Test
    void digest_literalsDifferingInLanguageOrDatatype_differ() {
        Triple vi = Triple.create(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralLang("Hoa Kỳ", "vi"));
        Triple en = Triple.create(vi.getSubject(), vi.getPredicate(), NodeFactory.createLiteralLang("Hoa Kỳ", "en"));
        Triple plain = Triple.create(vi.getSubject(), vi.getPredicate(), NodeFactory.createLiteralString("Hoa Kỳ"));
        assertNotEquals(GraphDigest.of(List.of(vi).iterator()), GraphDigest.of(List.of(en).iterator()));
        assertNotEquals(GraphDigest.of(List.of(vi).iterator()), GraphDigest.of(List.of(plain).iterator()));
    }

    @Test
    void digest_blankNodes_markedAndNeverSame() {
        Triple blank = Triple.create(NodeFactory.createBlankNode(), NodeFactory.createURI("urn:p"),
                NodeFactory.createURI("urn:o"));
        GraphDigest digest = GraphDigest.of(List.of(blank).iterator());
        assertTrue(digest.blankNodes());
        assertFalse(digest.sameAs(digest), "compared by isomorphism instead");
    }

    @Test
    void parse_toStringOfDigests_givesThemBack() {
        for (GraphDigest digest : List.of(GraphDigest.of(graph), GraphDigest.EMPTY,
                new GraphDigest(3, -1L, Long.MIN_VALUE, true), new GraphDigest(7, 0x0123456789abcdefL, 42, false))) {
            assertEquals(digest, GraphDigest.parse(digest.toString()));
        }
        assertEquals("3:ffffffffffffffff8000000000000000+blank", new GraphDigest(3, -1L, Long.MIN_VALUE, true)
                .toString());
    }

    @Test
    void parse_notADigest_saysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphDigest.parse("12:abc"));
        assertEquals("not a graph digest: 12:abc", e.getMessage());
    }
}
