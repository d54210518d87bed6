package org.vndiplomacy.kg.annotation;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Who made an annotation: {@code curated} by people, or an {@code extractor} with its version.
 *
 * @param generatedAt for an extractor, when it ran ({@code YYYY-MM-DDThh:mm:ssZ}); {@code null} when unknown
 */
public record Annotator(String kind, String name, String version, String generatedAt) {

    public static final String CURATED = "curated";
    public static final String EXTRACTOR = "extractor";

    /** An annotator without a time of its own (curators). */
    public Annotator(String kind, String name, String version) {
        this(kind, name, version, null);
    }

    @JsonIgnore
    public boolean isCurated() {
        return CURATED.equals(kind);
    }

    /** The same annotator, stamped with the time it ran. */
    public Annotator at(String time) {
        return new Annotator(kind, name, version, time);
    }
}
