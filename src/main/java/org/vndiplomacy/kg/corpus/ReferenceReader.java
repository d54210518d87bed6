package org.vndiplomacy.kg.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vndiplomacy.kg.extract.GazetteerReader;
import org.vndiplomacy.kg.vocab.VND;

/**
 * Countries and organizations of the reference data, sorted by ref, with their Vietnamese names: the label, then
 * the other names in alphabetical order.
 */
final class ReferenceReader {

    private ReferenceReader() {
    }

    static List<Entity> countries(Model reference) {
        List<Entity> countries = new ArrayList<>();
        for (Resource c : reference.listSubjectsWithProperty(RDF.type, VND.Country).toList()) {
            countries.add(entity(c, null));
        }
        countries.sort(Comparator.comparing(Entity::ref));
        return countries;
    }

    /** The organizations; a national body has its country, an international one none. */
    static List<Entity> organizations(Model reference) {
        List<Entity> organizations = new ArrayList<>();
        for (Resource o : reference.listSubjectsWithProperty(RDF.type, VND.Organization).toList()) {
            String country = o.hasProperty(RDF.type, VND.InternationalOrganization) ? null : GazetteerReader.countryOf(o);
            organizations.add(entity(o, country));
        }
        organizations.sort(Comparator.comparing(Entity::ref));
        return organizations;
    }

    private static Entity entity(Resource r, String country) {
        String label = literal(r, RDFS.label, "vi");
        if (label == null) {
            throw new IllegalStateException(r.getURI() + " has no Vietnamese label in the reference data");
        }
        Set<String> others = new TreeSet<>();
        for (Statement s : r.listProperties(SKOS.altLabel).toList()) {
            if ("vi".equals(s.getLanguage())) {
                others.add(nfc(s.getString().strip()));
            }
        }
        others.remove(label);
        List<String> forms = new ArrayList<>();
        forms.add(label);
        forms.addAll(others);
        return new Entity(ref(r), label, literal(r, RDFS.label, "en"), country, true, forms);
    }

    private static String literal(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        String found = null;
        for (Statement s : r.listProperties(p).toList()) {
            if (lang.equals(s.getLanguage()) && (found == null || s.getString().compareTo(found) < 0)) {
                found = s.getString();
            }
        }
        return found == null ? null : nfc(found.strip());
    }

    private static String ref(Resource r) {
        return r.getURI().substring(VND.ID_BASE.length());
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
