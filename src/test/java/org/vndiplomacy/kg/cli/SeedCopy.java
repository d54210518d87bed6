package org.vndiplomacy.kg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Path;
import org.vndiplomacy.kg.TreeCopy;

/** A copy of the project's seeds and ontology in a test folder, to change without touching the originals. */
record SeedCopy(Path seeds, Path ontology) {

    static SeedCopy in(Path dir) throws IOException {
        return new SeedCopy(TreeCopy.copy(Path.of("seeds"), dir.resolve("seeds")),
                TreeCopy.copy(Path.of("ontology"), dir.resolve("ontology")));
    }

    /** Removes the fact with the given id from an annotation file (by name under {@code annotations/}). */
    void dropFact(String annotationFile, String factId) throws IOException {
        Path file = seeds.resolve("annotations").resolve(annotationFile);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(file.toFile());
        ArrayNode facts = (ArrayNode) root.get("facts");
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).get("id").asText().equals(factId)) {
                facts.remove(i);
                mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
                return;
            }
        }
        throw new IllegalArgumentException("no fact " + factId + " in " + file);
    }

    /** Gives an entity of an annotation file one more other name ({@code altLabels}). */
    void addAltLabel(String annotationFile, String ref, String label) throws IOException {
        Path file = seeds.resolve("annotations").resolve(annotationFile);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(file.toFile());
        for (JsonNode entity : root.get("entities")) {
            if (entity.get("ref").asText().equals(ref)) {
                ((ArrayNode) entity.get("altLabels")).add(label);
                mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
                return;
            }
        }
        throw new IllegalArgumentException("no entity " + ref + " in " + file);
    }
}
