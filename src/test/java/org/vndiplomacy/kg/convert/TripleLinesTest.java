package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;

class TripleLinesTest {

    @Test
    void roundTrip_everyKindOfTerm() {
        for (String sse : List.of("(<urn:x:a> <urn:x:p> <urn:x:b>)", "(<urn:x:a> <urn:x:p> 'Hà Nội'@vi)",
                "(<urn:x:a> <urn:x:p> 'dòng\\tmột\\ndòng hai\\\\')", "(<urn:x:a> <urn:x:p> 12)",
                "(<urn:x:a> <urn:x:p> '2020-01'^^<http://www.w3.org/2001/XMLSchema#gYearMonth>)")) {
            Triple triple = SSE.parseTriple(sse);
            String line = TripleLines.line(triple);
            assertTrue(line.indexOf('\n') < 0, line);
            assertEquals(triple, TripleLines.triple(line), sse);
        }
    }

    @Test
    void line_exactFields() {
        assertEquals("<urn:x:a\t<urn:x:p\t\"Hà Nội\tvi\thttp://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
                TripleLines.line(SSE.parseTriple("(<urn:x:a> <urn:x:p> 'Hà Nội'@vi)")));
        assertEquals("<urn:x:a\t<urn:x:p\t<urn:x:b", TripleLines.line(SSE.parseTriple("(<urn:x:a> <urn:x:p> <urn:x:b>)")));
    }

    @Test
    void linesSortBySubjectPredicateObject() {
        String a = TripleLines.line(SSE.parseTriple("(<urn:x:a> <urn:x:q> 'z')"));
        String b = TripleLines.line(SSE.parseTriple("(<urn:x:b> <urn:x:p> 'a')"));
        String c = TripleLines.line(SSE.parseTriple("(<urn:x:b> <urn:x:p> <urn:x:a>)"));
        assertTrue(a.compareTo(b) < 0 && b.compareTo(c) < 0);
    }

    @Test
    void blankNodeTripleTermAndDirection_noLine() {
        Node p = NodeFactory.createURI("urn:x:p");
        Node a = NodeFactory.createURI("urn:x:a");
        Triple blank = Triple.create(NodeFactory.createBlankNode("b1"), p, a);
        Triple term = Triple.create(a, p, NodeFactory.createTripleTerm(a, p, a));
        Triple directed = Triple.create(a, p, NodeFactory.createLiteralDirLang("مرحبا", "ar", "rtl"));
        for (Triple triple : List.of(blank, term, directed)) {
            assertFalse(TripleLines.carries(triple), triple.toString());
        }
        assertTrue(TripleLines.carries(SSE.parseTriple("(<urn:x:a> <urn:x:p> 'x'@vi)")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TripleLines.line(blank));
        assertEquals("a line holds a triple of IRIs and literals without a base direction, not " + blank,
                e.getMessage());
    }
}
