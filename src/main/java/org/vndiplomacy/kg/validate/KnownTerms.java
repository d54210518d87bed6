package org.vndiplomacy.kg.validate;

import java.util.Map;
import java.util.Set;

/**
 * What annotations may name beyond their own file: concept local names by scheme, and the refs of the reference
 * data ({@code country/vn}, {@code organization/asean}).
 *
 * @param concepts concept local names by scheme name ({@code Role}, {@code Indicator}, {@code PartnershipLevel},
 *     {@code AgreementType})
 */
public record KnownTerms(Map<String, Set<String>> concepts, Set<String> referenceRefs) {

    public KnownTerms {
        concepts = Map.copyOf(concepts);
        referenceRefs = Set.copyOf(referenceRefs);
    }

    public boolean hasConcept(String scheme, String name) {
        return concepts.getOrDefault(scheme, Set.of()).contains(name);
    }
}
