package org.vndiplomacy.kg.annotation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A real-world entity named in the article, with every place it is named.
 *
 * @param ref {@code kind/key}, e.g. {@code official/bui-thanh-son} or {@code country/us}
 * @param country for localities: the country or countries they lie in
 */
public record EntityAnnotation(
        String ref,
        String label,
        String labelEn,
        List<String> altLabels,
        String wikidata,
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<String> country,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Mention> mentions) {

    public EntityAnnotation {
        altLabels = altLabels == null ? List.of() : List.copyOf(altLabels);
        country = country == null ? List.of() : List.copyOf(country);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** The kind part of the ref ({@code official}, {@code country}, ...). */
    public String kind() {
        return RefLib.kind(ref);
    }
}
