package org.vndiplomacy.kg.convert;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vndiplomacy.kg.vocab.VND;

/** The names the reference data already gives each entity (labels and alternative labels, any language). */
final class ReferenceLabels {

    private final Map<String, Set<String>> names = new HashMap<>();

    ReferenceLabels(Model reference) {
        for (Property p : new Property[] {RDFS.label, SKOS.prefLabel, SKOS.altLabel}) {
            for (Statement s : reference.listStatements(null, p, (String) null).toList()) {
                String iri = s.getSubject().getURI();
                if (iri != null && iri.startsWith(VND.ID_BASE) && s.getObject().isLiteral()) {
                    names.computeIfAbsent(iri.substring(VND.ID_BASE.length()), k -> new LinkedHashSet<>())
                            .add(s.getLiteral().getLexicalForm());
                }
            }
        }
    }

    /** The names of a ref, or an empty set when the reference data does not have it. */
    Set<String> names(String ref) {
        return names.getOrDefault(ref, Set.of());
    }
}
