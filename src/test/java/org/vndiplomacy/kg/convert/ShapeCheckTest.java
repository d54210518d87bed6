package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vndiplomacy.kg.validate.Problem;
import org.vndiplomacy.kg.vocab.Prefixes;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The shapes checked article by article report what validating the union of all graphs at once reports: on the
 * seeds, and on copies broken inside one article, across two articles (an entity described differently by each),
 * in the reference data and in the derived graph.
 */
class ShapeCheckTest {

    private static final String A = VND.GRAPH_BASE + "article/000-18e04e0ee17e3dbf";
    private static final String B = VND.GRAPH_BASE + "article/001-fd340b40d8971c87";
    private static final String OBSERVATION = VND.ID_BASE
            + "observation/001-fd340b40d8971c87-obs-fdi-registered-2023";

    private static Dataset seeds;

    @BeforeAll
    static void convert() throws Exception {
        seeds = SeedGraph.convert();
    }

    private static Dataset copy(Consumer<Dataset> change) {
        Dataset copy = DatasetFactory.create();
        seeds.listModelNames().forEachRemaining(name -> copy.addNamedModel(name,
                ModelFactory.createDefaultModel().add(seeds.getNamedModel(name))));
        change.accept(copy);
        return copy;
    }

    /** The reference: the union of every graph but the shapes, validated at once. */
    private static List<Problem> wholeUnion(Dataset dataset) {
        Model union = ModelFactory.createDefaultModel();
        dataset.listModelNames().forEachRemaining(name -> {
            if (!name.getURI().equals(IriMinter.graph("shapes"))) {
                union.add(dataset.getNamedModel(name));
            }
        });
        Shapes shapes = Shapes.parse(dataset.getNamedModel(IriMinter.graph("shapes")).getGraph());
        List<Problem> problems = new ArrayList<>();
        for (ReportEntry e : ShaclValidator.get().validate(shapes, union.getGraph()).getEntries()) {
            String focus = e.focusNode().isURI() ? Prefixes.MAPPING.shortForm(e.focusNode().getURI())
                    : e.focusNode().toString();
            problems.add(new Problem(ShapeCheck.GRAPH, focus + (e.resultPath() == null ? ""
                    : " " + e.resultPath().toString(new Prologue(Prefixes.MAPPING))), e.message()));
        }
        problems.sort(Problem.ORDER);
        return problems;
    }

    private static void assertSameAsWholeUnion(Dataset dataset, int expected) {
        List<Problem> reference = wholeUnion(dataset);
        assertEquals(expected, reference.size(), reference::toString);
        List<Problem> streamed = new ShapeCheck(dataset.getNamedModel(IriMinter.graph("shapes"))).check(dataset);
        assertEquals(reference, streamed);
    }

    @Test
    void seeds_noProblem() {
        assertSameAsWholeUnion(seeds, 0);
    }

    @Test
    void oneArticleBroken_sameProblems() {
        assertSameAsWholeUnion(copy(d -> {
            Model b = d.getNamedModel(B);
            Resource observation = b.createResource(OBSERVATION);
            b.removeAll(observation, VND.unit, null);
            b.removeAll(null, org.apache.jena.vocabulary.DCTerms.language, null);
            observation.addProperty(VND.statedBy, b.createLiteral("not an IRI"));
        }), 4);
    }

    @Test
    void entityDescribedDifferentlyByTwoArticles_sameProblems() {
        assertSameAsWholeUnion(copy(d -> {
            String iri = VND.ID_BASE + "organization/bo-ngoai-giao-thu";
            for (String[] graph : new String[][] {{A, "vn", "Bộ Thử"}, {B, "cn", "Bộ Thứ"}}) {
                Model m = d.getNamedModel(graph[0]);
                m.createResource(iri).addProperty(RDF.type, VND.Organization)
                        .addProperty(RDFS.label, graph[2], "vi")
                        .addProperty(VND.country, m.createResource(VND.ID_BASE + "country/" + graph[1]));
            }
        }), 2);
    }

    @Test
    void referenceAndDerivedBroken_sameProblems() {
        assertSameAsWholeUnion(copy(d -> {
            Model reference = d.getNamedModel(IriMinter.graph("reference"));
            reference.removeAll(reference.createResource(VND.ID_BASE + "country/us"), VND.iso3166Alpha2, null);
            // graph/entities repeats what the reference says of its entities, so a conversion of this reference
            // would not have the code there either
            Model entities = d.getNamedModel(IriMinter.graph("entities"));
            entities.removeAll(entities.createResource(VND.ID_BASE + "country/us"), VND.iso3166Alpha2, null);
            Model derived = d.getNamedModel(IriMinter.graph("derived"));
            derived.createResource(OBSERVATION).addProperty(VND.conflictsWith,
                    derived.createResource(VND.ID_BASE + "country/vn"));
        }), 2);
    }

    @Test
    void session_articleByArticle_findsTheBrokenOne() {
        Dataset broken = copy(d -> d.getNamedModel(B).removeAll(d.getNamedModel(B).createResource(OBSERVATION),
                VND.unit, null));
        ShapeCheck.Session session = new ShapeCheck(broken.getNamedModel(IriMinter.graph("shapes")))
                .session(broken.getNamedModel(IriMinter.graph("ontology")),
                        broken.getNamedModel(IriMinter.graph("reference")));
        session.article(broken.getNamedModel(A).getGraph());
        session.article(broken.getNamedModel(B).getGraph());
        List<Problem> problems = session.finish();
        assertEquals(1, problems.size(), problems::toString);
        assertFalse(problems.get(0).place().isEmpty());
    }
}
