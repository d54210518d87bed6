package org.vndiplomacy.kg.convert;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.path.P_Link;

/**
 * SHACL validation of some focus nodes of a data graph only: for each shape with a target, the nodes it targets in
 * the data that are among the given ones, validated as a whole-graph validation would.
 */
final class NodeCheck {

    private NodeCheck() {
    }

    /**
     * The report entries of {@code nodes}; with {@code predicates}, only those whose path is one of these
     * predicates (the others are checked elsewhere, with the data they need).
     */
    static List<ReportEntry> check(Shapes shapes, Graph data, Collection<Node> nodes, Collection<Node> predicates) {
        ValidationContext context = ValidationContext.create(shapes, data);
        Set<Node> wanted = new HashSet<>(nodes);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(data, shape)) {
                if (wanted.contains(focus)) {
                    VLib.validateShape(context, data, shape, focus);
                }
            }
        }
        if (!context.hasViolation()) {
            // the usual case: no report to build
            return List.of();
        }
        List<ReportEntry> entries = List.copyOf(context.generateReport().getEntries());
        if (predicates == null) {
            return entries;
        }
        return entries.stream().filter(e -> e.resultPath() instanceof P_Link link
                && predicates.contains(link.getNode())).toList();
    }
}
