package org.vndiplomacy.kg.annotation;

/**
 * Who made an annotation: {@code curated} by people, or an {@code extractor} with its version.
 */
public record Annotator(String kind, String name, String version) {

    public static final String CURATED = "curated";
    public static final String EXTRACTOR = "extractor";

    public boolean isCurated() {
        return CURATED.equals(kind);
    }
}
