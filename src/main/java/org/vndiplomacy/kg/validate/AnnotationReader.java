package org.vndiplomacy.kg.validate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vndiplomacy.kg.annotation.AnnotationFile;

/**
 * Reads one annotation file: JSON syntax, then the project's JSON Schema, then the records. Problems name the file
 * and the line and column (syntax) or the JSON path (schema).
 */
public final class AnnotationReader {

    /** The schema's place on the class path. */
    public static final String SCHEMA_RESOURCE = "/schema/annotation.schema.json";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final JsonSchema schema;

    public AnnotationReader() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
        try (InputStream in = AnnotationReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the class path: " + SCHEMA_RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(text, InputFormat.JSON, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a file, or empty after adding its problems to {@code problems}. */
    public Optional<AnnotationFile> read(Path file, String display, List<Problem> problems) throws IOException {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(display, "", "not UTF-8 text; expected a UTF-8 JSON file"));
            return Optional.empty();
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(display, e));
            return Optional.empty();
        }
        if (tree == null || tree.isMissingNode()) {
            problems.add(new Problem(display, "", "the file is empty; expected a JSON object"));
            return Optional.empty();
        }
        List<Problem> found = new ArrayList<>();
        for (ValidationMessage message : schema.validate(tree)) {
            found.add(schemaProblem(display, message));
        }
        if (!found.isEmpty()) {
            found.sort(Problem.ORDER);
            problems.addAll(found);
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.treeToValue(tree, AnnotationFile.class));
        } catch (JsonProcessingException e) {
            problems.add(new Problem(display, "", "cannot read the records: " + e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /**
     * The records of a file already read and checked once (by a first pass), without checking the schema again; empty
     * after adding a problem when it no longer reads.
     */
    public Optional<AnnotationFile> readRecords(Path file, String display, List<Problem> problems) throws IOException {
        try {
            // the same way as read, through the tree, so that numbers come out the same
            return Optional.of(mapper.treeToValue(mapper.readTree(file.toFile()), AnnotationFile.class));
        } catch (JsonProcessingException e) {
            problems.add(new Problem(display, "", "cannot read the records again (did the file change during the "
                    + "run?): " + e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    private static Problem syntaxProblem(String display, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String place = where == null ? "" : where.getLineNr() + ":" + where.getColumnNr();
        return new Problem(display, place, "not valid JSON: " + e.getOriginalMessage());
    }

    private static Problem schemaProblem(String display, ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        String text = message.getMessage();
        if (text.startsWith(location + ": ")) {
            text = text.substring(location.length() + 2);
        }
        return new Problem(display, location, text);
    }
}
