package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.SeedFiles;
import org.vndiplomacy.kg.validate.SeedReader;

/**
 * Golden cases: {@code src/test/resources/golden/NNN-name/} holds {@code seeds/} (articles and annotations), the
 * expected article and derived graphs in {@code expected.trig}, and a one-line {@code README.md}. The converted
 * graphs must be isomorphic to the expected ones; a failure lists the missing and the extra triples.
 */
class GoldenTest {

    private static final Path ROOT = Path.of("src", "test", "resources", "golden");
    private static OntologyFiles ontology;

    @BeforeAll
    static void readOntology() throws IOException {
        ontology = OntologyFiles.read(Path.of("ontology"));
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convert_case_isomorphicToExpected(String name) throws Exception {
        Path dir = ROOT.resolve(name);
        assertTrue(Files.isRegularFile(dir.resolve("README.md")), name + " has no README.md");
        List<AnnotatedArticle> inputs = new SeedReader().read(new SeedFiles(dir.resolve("seeds")),
                ontology.knownTerms());
        Dataset actual = new DatasetConverter(ontology).convert(inputs);
        Dataset expected = DatasetFactory.create();
        RDFDataMgr.read(expected, dir.resolve("expected.trig").toString());
        List<String> differences = new ArrayList<>();
        for (Iterator<Resource> names = actual.listModelNames(); names.hasNext(); ) {
            String graph = names.next().getURI();
            if (graph.endsWith("/ontology") || graph.endsWith("/shapes") || graph.endsWith("/reference")) {
                continue;
            }
            compare(graph, expected.getNamedModel(graph), actual.getNamedModel(graph), differences);
        }
        expected.listModelNames().forEachRemaining(g -> {
            if (!actual.containsNamedModel(g.getURI())) {
                differences.add("missing graph " + g.getURI());
            }
        });
        if (!differences.isEmpty()) {
            fail(name + ":\n" + String.join("\n", differences));
        }
    }

    private static void compare(String graph, Model expected, Model actual, List<String> differences) {
        if (expected.isIsomorphicWith(actual)) {
            return;
        }
        for (Statement s : expected.difference(actual).listStatements().toList()) {
            differences.add("missing in " + graph + ": " + s.asTriple());
        }
        for (Statement s : actual.difference(expected).listStatements().toList()) {
            differences.add("extra in " + graph + ": " + s.asTriple());
        }
    }
}
