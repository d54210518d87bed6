package org.vndiplomacy.kg.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the extractor knows before it reads: the names of countries, organizations and localities, the titles of
 * officials, and the names of partnership levels.
 */
public record Gazetteer(PhraseIndex<Place> places, Map<String, Place> byRef, PhraseIndex<Title> titles,
        PhraseIndex<String> levels, List<Phrase<Place>> provinces) {

    public Gazetteer {
        Objects.requireNonNull(places, "places");
        byRef = Map.copyOf(byRef);
        Objects.requireNonNull(titles, "titles");
        Objects.requireNonNull(levels, "levels");
        provinces = List.copyOf(provinces);
    }

    /** The known entity of a ref, or {@code null}. */
    public Place place(String ref) {
        return byRef.get(ref);
    }
}
