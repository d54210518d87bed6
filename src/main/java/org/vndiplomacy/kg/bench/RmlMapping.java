package org.vndiplomacy.kg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * Writes the RML mapping of a corpus from the per-article template ({@code bench/rml/article.rml.ttl}): its prefix
 * block once, then its body once per annotation file, with the file, the article key and the annotator's key filled
 * in. RMLMapper reads and maps the annotation files itself; this only says where they are and what their keys are.
 */
final class RmlMapping {

    private final String header;
    private final String body;

    RmlMapping(String template) {
        int blank = template.indexOf("\n\n");
        if (blank < 0) {
            throw new IllegalArgumentException("the template has no blank line after its prefixes");
        }
        this.header = template.substring(0, blank + 1);
        this.body = template.substring(blank + 1);
    }

    static RmlMapping read(Path template) throws IOException {
        return new RmlMapping(Files.readString(template, StandardCharsets.UTF_8));
    }

    /** Writes the mapping of every {@code *.json} of a folder, in name order; returns how many files it maps. */
    int write(Path annotations, Path mapping) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(annotations)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(mapping, StandardCharsets.UTF_8)) {
            out.write(header);
            for (Path file : files) {
                JsonNode annotation = json.readTree(file.toFile());
                out.write(instance(file.toAbsolutePath().toString(),
                        RefLib.articleKey(annotation.path("article").path("sourceFile").asText()),
                        agentKey(annotation.path("annotator"))));
            }
        }
        return files.size();
    }

    /** The body for one file. */
    String instance(String source, String articleKey, String agentKey) {
        return body.replace("{{SOURCE}}", source.replace("\\", "\\\\").replace("\"", "\\\""))
                .replace("{{KEY}}", articleKey)
                .replace("{{AGENT}}", agentKey);
    }

    /** {@code curated}, or the annotator's name and version folded, as the project's agent IRIs have them. */
    static String agentKey(JsonNode annotator) {
        if ("curated".equals(annotator.path("kind").asText())) {
            return "curated";
        }
        String version = annotator.path("version").asText("");
        return RefLib.fold(annotator.path("name").asText() + (version.isEmpty() ? "" : " " + version));
    }
}
