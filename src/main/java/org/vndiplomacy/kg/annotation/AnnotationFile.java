package org.vndiplomacy.kg.annotation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One annotation file: an article's metadata, who annotated it, its entities and its facts. */
public record AnnotationFile(
        String format,
        ArticleMeta article,
        Annotator annotator,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<EntityAnnotation> entities,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Fact> facts) {

    /** The format identifier every file must carry. */
    public static final String FORMAT = "vn-diplomacy-annotation/1";

    public AnnotationFile {
        entities = entities == null ? List.of() : List.copyOf(entities);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
