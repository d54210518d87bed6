package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus's RML mapping, made from the per-article template of bench/rml/. */
class RmlMappingTest {

    private static final Path TEMPLATE = Path.of("bench/rml/article.rml.ttl");

    @Test
    void write_twoFiles_prefixesOnceAndOneFilledInBodyPerFile(@TempDir Path folder) throws IOException {
        Path annotations = Files.createDirectories(folder.resolve("annotations"));
        for (String stem : new String[] {"g000001_42", "g000002_42"}) {
            Files.writeString(annotations.resolve(stem + ".json"), "{ \"article\": { \"sourceFile\": \"" + stem
                    + ".txt\" }, \"annotator\": { \"kind\": \"extractor\", \"name\": \"vn-diplomacy-kg corpus "
                    + "generator\", \"version\": \"1\" } }", StandardCharsets.UTF_8);
        }
        Path mapping = folder.resolve("mapping.rml.ttl");
        assertEquals(2, RmlMapping.read(TEMPLATE).write(annotations, mapping));
        String text = Files.readString(mapping, StandardCharsets.UTF_8);
        assertEquals(1, occurrences(text, "@prefix rml:"));
        assertEquals(2, occurrences(text, "a rr:TriplesMap ;\n    rml:logicalSource [ rml:source \"")
                / occurrences(Files.readString(TEMPLATE), "a rr:TriplesMap ;\n    rml:logicalSource [ rml:source \""));
        assertTrue(text.contains("bench:g000002-42-article a rr:TriplesMap"), "the article key of g000002_42.txt");
        assertTrue(text.contains(annotations.resolve("g000001_42.json").toAbsolutePath().toString()));
        assertTrue(text.contains("<https://w3id.org/vn-diplomacy/id/agent/vn-diplomacy-kg-corpus-generator-1>"));
        assertFalse(text.substring(text.indexOf("bench:g000001-42-article")).contains("{{"), "no placeholder left");
    }

    @Test
    void agentKey_curatedOrNameAndVersionFolded() throws IOException {
        ObjectMapper json = new ObjectMapper();
        assertEquals("curated", RmlMapping.agentKey(json.readTree("{\"kind\": \"curated\", \"name\": \"x\"}")));
        assertEquals("vn-diplomacy-kg-extractor-0-3", RmlMapping.agentKey(json.readTree(
                "{\"kind\": \"extractor\", \"name\": \"vn-diplomacy-kg extractor\", \"version\": \"0.3\"}")));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
