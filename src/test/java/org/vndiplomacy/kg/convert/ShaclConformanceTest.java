package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vndiplomacy.kg.validate.Problem;
import org.vndiplomacy.kg.vocab.VND;

/** The converted seed graph conforms to the project's SHACL shapes; a broken copy does not. */
class ShaclConformanceTest {

    private static Model union;
    private static Shapes shapes;

    @BeforeAll
    static void convert() throws Exception {
        Dataset dataset = SeedGraph.convert();
        union = ModelFactory.createDefaultModel();
        dataset.listModelNames().forEachRemaining(name -> {
            if (!name.getURI().endsWith("/shapes")) {
                union.add(dataset.getNamedModel(name));
            }
        });
        shapes = Shapes.parse(RDFDataMgr.loadGraph(Path.of("ontology", "shapes.ttl").toString()));
    }

    @Test
    void seedGraph_conformsToShapes() {
        ValidationReport report = ShaclValidator.get().validate(shapes, union.getGraph());
        assertTrue(report.conforms(), () -> text(report));
    }

    @Test
    void observationWithoutUnit_doesNotConform() {
        Model broken = ModelFactory.createDefaultModel().add(union);
        Resource observation = broken.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, VND.Observation)
                .next();
        broken.removeAll(observation, VND.unit, null);
        Graph graph = broken.getGraph();
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        assertFalse(report.conforms(), "removing vnd:unit from " + observation + " must break conformance");
    }

    @Test
    void shapeCheck_seedDatasetWithoutOneUnit_oneLocatedProblem() throws Exception {
        Dataset dataset = SeedGraph.convert();
        String graph = "https://w3id.org/vn-diplomacy/graph/article/001-fd340b40d8971c87";
        Resource observation = dataset.getNamedModel(graph).createResource(
                "https://w3id.org/vn-diplomacy/id/observation/001-fd340b40d8971c87-obs-fdi-registered-2023");
        dataset.getNamedModel(graph).removeAll(observation, VND.unit, null);
        assertEquals(List.of(), new ShapeCheck(dataset.getNamedModel(
                "https://w3id.org/vn-diplomacy/graph/shapes")).check(SeedGraph.convert()));
        List<Problem> problems = new ShapeCheck(dataset.getNamedModel("https://w3id.org/vn-diplomacy/graph/shapes"))
                .check(dataset);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).toString().startsWith(
                "converted graph: observation:001-fd340b40d8971c87-obs-fdi-registered-2023 vnd:unit: "),
                problems.get(0).toString());
    }

    private static String text(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }
}
