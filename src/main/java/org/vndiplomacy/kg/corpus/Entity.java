package org.vndiplomacy.kg.corpus;

import java.util.List;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * A country, organization, locality or official the generator can name.
 *
 * @param country the country ref of a locality or national body; {@code null} for countries, international
 *     organizations and officials
 * @param reference whether the entity is in the project's reference data (its names then come from there)
 * @param forms the names it may be written with, the label first
 */
record Entity(String ref, String label, String labelEn, String country, boolean reference, List<String> forms) {

    Entity {
        forms = List.copyOf(forms);
    }

    String kind() {
        return RefLib.kind(ref);
    }
}
