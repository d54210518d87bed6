package org.vndiplomacy.kg.validate;

import java.util.Objects;
import java.util.function.Function;
import org.vndiplomacy.kg.annotation.AnnotationFile;

/**
 * Which articles the seeds reader annotates automatically, and how: none ({@link Mode#OFF}), those without an
 * annotation file ({@link Mode#MISSING}, the default of the build), or all, ignoring the annotation files
 * ({@link Mode#ALL}, to compare extraction with curation).
 */
public record Extraction(Mode mode, Function<ArticleText, AnnotationFile> annotator) {

    public enum Mode { OFF, MISSING, ALL }

    public Extraction {
        Objects.requireNonNull(mode, "mode");
        if (mode != Mode.OFF) {
            Objects.requireNonNull(annotator, "annotator");
        }
    }

    public static Extraction off() {
        return new Extraction(Mode.OFF, null);
    }
}
