package org.vndiplomacy.kg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** {@code ontology/README.md} lists every concept of {@code concepts.ttl}, and its counts are the files' counts. */
class OntologyReadmeTest {

    private static final Model CONCEPTS = RDFDataMgr.loadModel("ontology/concepts.ttl");
    private static final Model COUNTRIES = RDFDataMgr.loadModel("ontology/reference/countries.ttl");

    private static String readme() throws IOException {
        return Files.readString(Path.of("ontology", "README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void readme_conceptMissingFromItsTables_fails() throws IOException {
        String readme = readme();
        List<String> missing = CONCEPTS.listSubjectsWithProperty(SKOS.inScheme).toList().stream()
                .map(c -> c.getURI().substring(VND.NS.length()))
                .filter(name -> !readme.contains("| `vnd:" + name + "` |")).sorted().toList();
        assertEquals(List.of(), missing, "concepts of concepts.ttl without a row in ontology/README.md");
    }

    @Test
    void readme_countsDifferFromTheFiles_fails() throws IOException {
        String readme = readme();
        long concepts = CONCEPTS.listSubjectsWithProperty(SKOS.inScheme).toList().size();
        long countries = COUNTRIES.listSubjectsWithProperty(RDF.type, VND.Country).toList().size();
        assertTrue(readme.contains("their " + concepts + " concepts"), "concepts: " + concepts);
        assertTrue(readme.contains("| " + countries + " countries"), "countries: " + countries);
        for (String scheme : List.of("Role", "Indicator")) {
            long n = CONCEPTS.listSubjectsWithProperty(RDF.type, CONCEPTS.createResource(VND.NS + scheme)).toList()
                    .size();
            assertTrue(readme.contains("`vnd:" + scheme + "Scheme`, " + n + ")"), scheme + ": " + n);
        }
    }
}
