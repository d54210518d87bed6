package org.vndiplomacy.kg.convert;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.Path;
import org.vndiplomacy.kg.validate.Problem;
import org.vndiplomacy.kg.vocab.Prefixes;

/**
 * The last check before anything is written: the converted dataset (all graphs but the shapes) against the SHACL
 * shapes. Each violation becomes a problem named after the focus node and the property path.
 */
public final class ShapeCheck {

    /** How the converted graph is named in problems. */
    public static final String GRAPH = "converted graph";

    private final Shapes shapes;

    public ShapeCheck(Model shapes) {
        this.shapes = Shapes.parse(shapes.getGraph());
    }

    public List<Problem> check(Dataset dataset) {
        Model union = ModelFactory.createDefaultModel();
        dataset.listModelNames().forEachRemaining(name -> {
            if (!name.getURI().equals(IriMinter.graph("shapes"))) {
                union.add(dataset.getNamedModel(name));
            }
        });
        Graph graph = union.getGraph();
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            Path path = entry.resultPath();
            String place = show(entry.focusNode()) + (path == null ? "" : " " + path.toString(new org.apache.jena.sparql.core.Prologue(Prefixes.MAPPING)));
            problems.add(new Problem(GRAPH, place, entry.message()));
        }
        problems.sort(Problem.ORDER);
        return problems;
    }

    private static String show(Node node) {
        return node.isURI() ? Prefixes.MAPPING.shortForm(node.getURI()) : node.toString();
    }
}
