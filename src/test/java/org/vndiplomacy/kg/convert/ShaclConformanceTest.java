package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    private static String text(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }
}
