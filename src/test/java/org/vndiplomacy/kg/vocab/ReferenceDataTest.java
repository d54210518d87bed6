package org.vndiplomacy.kg.vocab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

/** The reference data parses, and every country and organization has what the data contract requires. */
class ReferenceDataTest {

    private static final Model COUNTRIES = RDFDataMgr.loadModel("ontology/reference/countries.ttl");
    private static final Model ORGANIZATIONS = RDFDataMgr.loadModel("ontology/reference/organizations.ttl");
    private static final String WIKIDATA_ITEM = "^http://www\\.wikidata\\.org/entity/Q[0-9]+$";

    /** Countries the seed articles name, Vietnam's partners and the ASEAN members must all be there. */
    private static final List<String> REQUIRED_COUNTRIES = List.of("vn", "us", "cn", "jp", "ru", "fr", "la", "au",
            "il", "tr", "th", "sd", "ss", "in", "kr", "my", "nz", "id", "sg", "gb", "de", "it", "es", "ph", "kh",
            "br", "cl", "za", "ar", "ve", "ua", "dk", "mm", "ca", "hu", "nl", "bn", "mx", "uy", "kz", "cu", "ae",
            "mn", "tl");

    private static final List<String> REQUIRED_ORGANIZATIONS = List.of("asean", "un", "un-security-council",
            "apec", "aipa", "wef", "wto", "eu", "mekong-cooperation", "bri", "bo-ngoai-giao", "bo-cong-thuong",
            "chinh-phu", "ban-bi-thu", "bo-chinh-tri", "dang-cong-san-viet-nam", "ban-doi-ngoai-trung-uong",
            "cuc-ngoai-vu", "uy-ban-nha-nuoc-ve-nguoi-viet-nam-o-nuoc-ngoai");

    @Test
    void country_withoutContractProperties_fails() {
        List<String> problems = new ArrayList<>();
        COUNTRIES.listSubjectsWithProperty(RDF.type, VND.Country).forEachRemaining(country -> {
            String iri = country.getURI();
            String key = iri.substring((VND.ID_BASE + "country/").length());
            checkLabels(country, problems);
            if (!country.hasProperty(RDF.type, SchemaDO.Country)) {
                problems.add(iri + " is not typed schema:Country");
            }
            List<Statement> codes = country.listProperties(VND.iso3166Alpha2).toList();
            if (codes.size() != 1 || !codes.get(0).getString().equals(key.toUpperCase(Locale.ROOT))
                    || !key.matches("[a-z]{2}")) {
                problems.add(iri + " needs one vnd:iso3166Alpha2 equal to its key in upper case, has " + codes);
            }
            List<RDFNode> sameAs = country.listProperties(OWL.sameAs).mapWith(Statement::getObject).toList();
            if (sameAs.size() != 1 || !sameAs.get(0).isURIResource()
                    || !sameAs.get(0).asResource().getURI().matches(WIKIDATA_ITEM)) {
                problems.add(iri + " needs exactly one owl:sameAs to a Wikidata item, has " + sameAs);
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void wikidataItem_sharedByTwoCountries_fails() {
        Set<String> seen = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        COUNTRIES.listObjectsOfProperty(OWL.sameAs).forEachRemaining(item -> {
            if (COUNTRIES.listSubjectsWithProperty(OWL.sameAs, item).toList().size() > 1 && seen.add(item.toString())) {
                duplicates.add(item.toString());
            }
        });
        assertTrue(duplicates.isEmpty(), () -> "Wikidata items used by two countries: " + duplicates);
    }

    @Test
    void requiredCountry_absent_fails() {
        List<String> missing = REQUIRED_COUNTRIES.stream()
                .filter(key -> !COUNTRIES.contains(COUNTRIES.createResource(VND.ID_BASE + "country/" + key), RDF.type,
                        VND.Country))
                .toList();
        assertTrue(missing.isEmpty(), () -> "countries missing from the reference data: " + missing);
    }

    @Test
    void organization_withoutContractProperties_fails() {
        List<String> problems = new ArrayList<>();
        for (String key : REQUIRED_ORGANIZATIONS) {
            Resource organization = ORGANIZATIONS.createResource(VND.ID_BASE + "organization/" + key);
            if (!ORGANIZATIONS.contains(organization, RDF.type, VND.Organization)
                    || !ORGANIZATIONS.contains(organization, RDF.type, ORG.Organization)) {
                problems.add(organization + " is not typed vnd:Organization and org:Organization");
            }
            checkLabels(organization, problems);
        }
        ORGANIZATIONS.listSubjectsWithProperty(RDF.type, VND.InternationalOrganization).forEachRemaining(io -> {
            boolean linked = io.listProperties(OWL.sameAs).toList().stream()
                    .anyMatch(s -> s.getObject().isURIResource()
                            && s.getObject().asResource().getURI().matches(WIKIDATA_ITEM));
            if (!linked) {
                problems.add(io + " is an international organization without owl:sameAs to Wikidata");
            }
        });
        ORGANIZATIONS.listObjectsOfProperty(ORG.subOrganizationOf).forEachRemaining(parent -> {
            if (!ORGANIZATIONS.contains(parent.asResource(), RDF.type, VND.Organization)) {
                problems.add("org:subOrganizationOf points to " + parent + ", not an organization of the file");
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static void checkLabels(Resource entity, List<String> problems) {
        for (String lang : List.of("vi", "en")) {
            long count = entity.listProperties(RDFS.label).toList().stream()
                    .filter(s -> s.getObject().isLiteral() && s.getLanguage().equals(lang)).count();
            if (count != 1) {
                problems.add(entity.getURI() + " needs exactly one rdfs:label @" + lang + ", has " + count);
            }
        }
    }
}
