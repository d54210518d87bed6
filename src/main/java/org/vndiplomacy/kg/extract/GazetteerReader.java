package org.vndiplomacy.kg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vndiplomacy.kg.vocab.VND;

/**
 * Builds the {@link Gazetteer}: countries and organizations from the reference data (their Vietnamese labels and
 * other names, and acronyms in any language), partnership levels from the concept schemes, and the gazetteer files
 * under {@code /extract/} on the class path (provinces, foreign places, titles).
 */
public final class GazetteerReader {

    private static final String ACRONYM = "[A-Z][A-Z0-9&]{1,9}";
    private static final Set<String> VIETNAM_ROOTS = Set.of("organization/chinh-phu",
            "organization/dang-cong-san-viet-nam", "organization/quoc-hoi");

    private GazetteerReader() {
    }

    /** The gazetteer of an ontology (the ontology and concept schemes) and its reference data. */
    public static Gazetteer read(Model ontology, Model reference) {
        List<Phrase<Place>> places = new ArrayList<>();
        Map<String, Place> byRef = new HashMap<>();
        for (Resource country : reference.listSubjectsWithProperty(RDF.type, VND.Country).toList()) {
            String ref = ref(country);
            Place place = new Place(ref, label(country, "vi"), label(country, "en"), ref, true);
            add(places, byRef, place, names(place, country));
        }
        for (Resource org : reference.listSubjectsWithProperty(RDF.type, VND.Organization).toList()) {
            String ref = ref(org);
            String country = org.hasProperty(RDF.type, VND.InternationalOrganization) ? null : countryOf(org);
            Place place = new Place(ref, label(org, "vi"), label(org, "en"), country, true);
            add(places, byRef, place, names(place, org));
        }
        List<Phrase<Place>> provinces = new ArrayList<>();
        for (String[] row : table("provinces.tsv", 5)) {
            Place p = new Place(row[0], row[1], blank(row[2]), "country/vn", false);
            List<Phrase<Place>> phrases = phrases(p, row[1], row[4]);
            provinces.addAll(phrases);
            add(places, byRef, p, phrases);
        }
        for (String[] row : table("foreign-places.tsv", 5)) {
            Place p = new Place(row[0], row[1], blank(row[2]), row[3], false);
            add(places, byRef, p, phrases(p, row[1], row[4]));
        }
        List<Phrase<Title>> titles = new ArrayList<>();
        for (String[] row : table("titles.tsv", 4)) {
            titles.add(Phrase.of(row[0], new Title(row[0], row[1], blank(row[2]), row[3].isBlank() ? "any" : row[3])));
        }
        return new Gazetteer(new PhraseIndex<>(places), byRef, new PhraseIndex<>(titles),
                new PhraseIndex<>(levels(ontology)), provinces);
    }

    private static void add(List<Phrase<Place>> places, Map<String, Place> byRef, Place place,
            List<Phrase<Place>> phrases) {
        if (byRef.putIfAbsent(place.ref(), place) == null) {
            places.addAll(phrases);
        }
    }

    /** Names as phrases; the ones that are single words must be written as given and stand apart from names. */
    private static List<Phrase<Place>> names(Place place, Resource entity) {
        Set<String> forms = new HashSet<>();
        for (Statement s : entity.listProperties(RDFS.label).andThen(entity.listProperties(SKOS.altLabel)).toList()) {
            String text = s.getString().strip();
            if ("vi".equals(s.getLanguage()) || text.matches(ACRONYM)) {
                forms.add(text);
            }
        }
        return forms.stream().sorted().map(f -> Phrase.of(f, place)).toList();
    }

    private static List<Phrase<Place>> phrases(Place place, String label, String aliases) {
        List<Phrase<Place>> phrases = new ArrayList<>();
        phrases.add(Phrase.of(label, place));
        for (String alias : aliases.split("\\|")) {
            if (!alias.isBlank()) {
                phrases.add(Phrase.of(alias.strip(), place));
            }
        }
        return phrases;
    }

    private static List<Phrase<String>> levels(Model ontology) {
        List<Phrase<String>> levels = new ArrayList<>();
        for (Resource level : ontology.listSubjectsWithProperty(RDF.type, VND.PartnershipLevel).toList()) {
            String name = level.getURI().substring(VND.NS.length());
            for (Statement s : level.listProperties(SKOS.prefLabel).andThen(level.listProperties(SKOS.altLabel))
                    .toList()) {
                if ("vi".equals(s.getLanguage())) {
                    String form = s.getString().strip();
                    levels.add(new Phrase<>(form.toLowerCase(java.util.Locale.ROOT), Phrase.wordsOf(form), name,
                            false));
                }
            }
        }
        return levels;
    }

    /**
     * The country of a national body: Vietnam when it belongs to the Government, the Party or the Assembly; else
     * its {@code vnd:country}, if any.
     */
    public static String countryOf(Resource org) {
        Set<String> seen = new HashSet<>();
        Resource current = org;
        while (current != null && seen.add(current.getURI())) {
            if (VIETNAM_ROOTS.contains(ref(current))) {
                return "country/vn";
            }
            Statement parent = current.getProperty(ORG.subOrganizationOf);
            current = parent == null ? null : parent.getResource();
        }
        Statement country = org.getProperty(VND.country);
        return country == null ? null : ref(country.getResource());
    }

    private static String ref(Resource r) {
        return r.getURI().substring(VND.ID_BASE.length());
    }

    private static String label(Resource r, String lang) {
        for (Statement s : r.listProperties(RDFS.label).toList()) {
            RDFNode o = s.getObject();
            if (o.isLiteral() && lang.equals(o.asLiteral().getLanguage())) {
                return o.asLiteral().getString();
            }
        }
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The rows of a gazetteer file after its header, NFC, each with at least {@code columns} cells. */
    public static List<String[]> table(String name, int columns) {
        List<String[]> rows = new ArrayList<>();
        InputStream in = GazetteerReader.class.getResourceAsStream("/extract/" + name);
        if (in == null) {
            throw new IllegalStateException("the gazetteer file /extract/" + name + " is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = Normalizer.normalize(line, Normalizer.Form.NFC).split("\t", -1);
                if (cells.length < columns) {
                    throw new IllegalStateException("/extract/" + name + ":" + number + ": " + cells.length
                            + " column(s); expected " + columns);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The values of a {@code |}-separated cell, stripped, without blanks. */
    public static List<String> values(String cell) {
        List<String> values = new ArrayList<>();
        for (String value : cell.split("\\|")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
