package org.vndiplomacy.kg.extract;

/**
 * An entity the gazetteer knows by name: a country, an organization or a locality.
 *
 * @param ref {@code kind/key}
 * @param label the Vietnamese name
 * @param labelEn the English name, or {@code null}
 * @param country for localities and national bodies, the ref of their country; {@code null} otherwise
 * @param reference whether the entity is in the project's reference data (an annotation then names it by ref only)
 */
public record Place(String ref, String label, String labelEn, String country, boolean reference) {

    public String kind() {
        return ref.substring(0, ref.indexOf('/'));
    }
}
