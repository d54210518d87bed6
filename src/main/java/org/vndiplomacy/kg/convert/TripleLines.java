package org.vndiplomacy.kg.convert;

import java.util.List;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.vndiplomacy.kg.validate.LineLib;
import org.vndiplomacy.kg.validate.LineSorter;

/**
 * Triples as lines for a {@link LineSorter}, and back. The fields are the subject, the predicate and the object, each
 * marked by its first character ({@code <} an IRI, {@code _} a blank node by its label, {@code "} a literal's
 * lexical form), then a literal's language and datatype; so lines sort by subject, predicate and object, and two
 * lines are equal when their triples are.
 */
public final class TripleLines {

    private TripleLines() {
    }

    public static String line(Triple triple) {
        String subject = node(triple.getSubject());
        String predicate = node(triple.getPredicate());
        Node o = triple.getObject();
        if (o.isLiteral()) {
            return LineLib.join(subject, predicate, "\"" + o.getLiteralLexicalForm(), o.getLiteralLanguage(),
                    o.getLiteralDatatypeURI());
        }
        return LineLib.join(subject, predicate, node(o));
    }

    public static Triple triple(String line) {
        List<String> fields = LineLib.split(line);
        String object = fields.get(2);
        Node o;
        if (!object.startsWith("\"")) {
            o = node(object);
        } else if (!fields.get(3).isEmpty()) {
            o = NodeFactory.createLiteralLang(object.substring(1), fields.get(3));
        } else {
            o = NodeFactory.createLiteralDT(object.substring(1),
                    TypeMapper.getInstance().getSafeTypeByName(fields.get(4)));
        }
        return Triple.create(node(fields.get(0)), node(fields.get(1)), o);
    }

    private static String node(Node node) {
        if (node.isURI()) {
            return "<" + node.getURI();
        }
        if (node.isBlank()) {
            return "_" + node.getBlankNodeLabel();
        }
        throw new IllegalArgumentException("not an IRI or a blank node in a triple's subject or predicate: " + node);
    }

    private static Node node(String field) {
        return field.startsWith("_") ? NodeFactory.createBlankNode(field.substring(1))
                : NodeFactory.createURI(field.substring(1));
    }
}
