package org.vndiplomacy.kg.convert;

import java.util.List;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.vndiplomacy.kg.validate.LineLib;
import org.vndiplomacy.kg.validate.LineSorter;

/**
 * Triples of IRIs and literals as lines for a {@link LineSorter}, and back. The fields are the subject, the
 * predicate and the object, each marked by its first character ({@code <} an IRI, {@code "} a literal's lexical
 * form), then a literal's language and datatype; so lines sort by subject, predicate and object, and two lines are
 * equal when their triples are. Blank nodes (which only a label would stand for), triple terms and literals with a
 * base direction have no line: see {@link #carries}.
 */
public final class TripleLines {

    private TripleLines() {
    }

    /** Whether the triple has a line: IRIs, and literals without a base direction. */
    public static boolean carries(Triple triple) {
        Node o = triple.getObject();
        return triple.getSubject().isURI() && triple.getPredicate().isURI()
                && (o.isURI() || o.isLiteral() && o.getLiteralBaseDirection() == null);
    }

    /** The triple as a line (one that {@link #carries} accepts). */
    public static String line(Triple triple) {
        if (!carries(triple)) {
            throw new IllegalArgumentException("a line holds a triple of IRIs and literals without a base "
                    + "direction, not " + triple);
        }
        Node o = triple.getObject();
        String subject = "<" + triple.getSubject().getURI();
        String predicate = "<" + triple.getPredicate().getURI();
        if (o.isLiteral()) {
            return LineLib.join(subject, predicate, "\"" + o.getLiteralLexicalForm(), o.getLiteralLanguage(),
                    o.getLiteralDatatypeURI());
        }
        return LineLib.join(subject, predicate, "<" + o.getURI());
    }

    public static Triple triple(String line) {
        List<String> fields = LineLib.split(line);
        String object = fields.get(2);
        Node o;
        if (object.startsWith("<")) {
            o = NodeFactory.createURI(object.substring(1));
        } else if (!fields.get(3).isEmpty()) {
            o = NodeFactory.createLiteralLang(object.substring(1), fields.get(3));
        } else {
            o = NodeFactory.createLiteralDT(object.substring(1),
                    TypeMapper.getInstance().getSafeTypeByName(fields.get(4)));
        }
        return Triple.create(NodeFactory.createURI(fields.get(0).substring(1)),
                NodeFactory.createURI(fields.get(1).substring(1)), o);
    }
}
