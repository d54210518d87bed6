package org.vndiplomacy.kg.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.vndiplomacy.kg.annotation.AnnotationFile;

/** Writes an annotation as the JSON the format describes, indented, without the fields it leaves empty. */
public final class AnnotationWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private AnnotationWriter() {
    }

    public static String toJson(AnnotationFile annotation) {
        try {
            return MAPPER.writeValueAsString(annotation) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an annotation could not be written as JSON", e);
        }
    }
}
