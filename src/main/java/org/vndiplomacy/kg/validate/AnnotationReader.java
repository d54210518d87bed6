package org.vndiplomacy.kg.validate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vndiplomacy.kg.annotation.AnnotationFile;

/**
 * Reads one annotation file: its size and encoding, JSON syntax, then the project's JSON Schema and the checks of
 * values the schema cannot express (NFC text, the size of numbers), then the records. Problems name the file and
 * the line and column (encoding, syntax) or the JSON path (schema, values).
 */
public final class AnnotationReader {

    /** The schema's place on the class path. */
    public static final String SCHEMA_RESOURCE = "/schema/annotation.schema.json";

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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

    /**
     * The records of a file, or empty after adding its problems to {@code problems}. Files larger than
     * {@link SeedFiles#MAX_ANNOTATION_BYTES} are refused before they are read.
     */
    public Optional<AnnotationFile> read(Path file, String display, List<Problem> problems) throws IOException {
        Optional<String> text = Utf8Lib.read(file, display, SeedFiles.MAX_ANNOTATION_BYTES, "an annotation file",
                "a UTF-8 JSON file", problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonNode> tree = parse(text.get(), display, problems);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        List<Problem> found = new ArrayList<>();
        for (ValidationMessage message : schema.validate(tree.get())) {
            found.add(schemaProblem(display, message));
        }
        if (found.isEmpty()) {
            new JsonValueCheck(display, found).check("$", tree.get());
        }
        if (!found.isEmpty()) {
            found.sort(Problem.ORDER);
            problems.addAll(found);
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.treeToValue(tree.get(), AnnotationFile.class));
        } catch (JsonMappingException e) {
            problems.add(new Problem(display, path(e), "cannot read the records: " + e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /**
     * The records of a file already read and checked once (by a first pass), read the same way but without the
     * schema and the value checks; empty after adding a problem when it no longer reads (it changed since).
     */
    public Optional<AnnotationFile> readRecords(Path file, String display, List<Problem> problems) throws IOException {
        Optional<String> text = Utf8Lib.read(file, display, SeedFiles.MAX_ANNOTATION_BYTES, "an annotation file",
                "a UTF-8 JSON file", problems);
        Optional<JsonNode> tree = text.isEmpty() ? Optional.empty() : parse(text.get(), display, problems);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.treeToValue(tree.get(), AnnotationFile.class));
        } catch (JsonMappingException e) {
            problems.add(new Problem(display, path(e), "cannot read the records: " + e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /** The JSON tree of a text: one value and nothing after it. */
    private Optional<JsonNode> parse(String json, String display, List<Problem> problems) throws IOException {
        if (json.isBlank()) {
            problems.add(new Problem(display, Utf8Lib.place(json, json.length()), json.isEmpty()
                    ? "the file is empty (0 bytes); expected a JSON object"
                    : "the file holds only white space; expected a JSON object"));
            return Optional.empty();
        }
        try (JsonParser parser = mapper.createParser(json)) {
            try {
                JsonNode tree = mapper.readTree(parser);
                if (tree == null || tree.isMissingNode()) {
                    problems.add(new Problem(display, "1:1", "no JSON value; expected a JSON object"));
                    return Optional.empty();
                }
                return Optional.of(tree);
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
                problems.add(new Problem(display, where.getLineNr() + ":" + where.getColumnNr(),
                        "not valid JSON: " + clean(e.getOriginalMessage())));
                return Optional.empty();
            } catch (NumberFormatException e) {
                // a number whose exponent no int holds (1e99999999999): Jackson cannot make a BigDecimal of it
                JsonLocation where = parser.currentTokenLocation();
                problems.add(new Problem(display, where.getLineNr() + ":" + where.getColumnNr(), "the number "
                        + SpanCheck.shorten(parser.getText()) + " is out of range; expected at most "
                        + JsonValueCheck.DIGITS + " digits before the decimal point and " + JsonValueCheck.DIGITS
                        + " after it"));
                return Optional.empty();
            }
        }
    }

    /**
     * Jackson's message without its notes for programmers: {@code [Source: ...; line: 70, column: 19]} becomes
     * {@code 70:19}, and the names of its settings go.
     */
    private static String clean(String message) {
        if (message.startsWith("Trailing token")) {
            return "more content after the end of the JSON value; expected one JSON object per file";
        }
        return SOURCE.matcher(message).replaceAll("$1:$2").replaceAll(", from `[^`]*`", "")
                .replaceAll(": enable `[^`]*` to allow", "");
    }

    /** The JSON path of a binding failure, such as {@code $.facts[2].evidence[0].start}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                path.append('.').append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
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
