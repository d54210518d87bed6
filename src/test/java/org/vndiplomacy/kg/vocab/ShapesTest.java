package org.vndiplomacy.kg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.Test;

/** {@code ontology/shapes.ttl} parses as SHACL, accepts the shipped files and a well-formed fact, rejects bad ones. */
class ShapesTest {

    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

    private static final String PREFIXES = """
            PREFIX vnd: <https://w3id.org/vn-diplomacy/ontology#>
            PREFIX article: <https://w3id.org/vn-diplomacy/id/article/>
            PREFIX country: <https://w3id.org/vn-diplomacy/id/country/>
            PREFIX evidence: <https://w3id.org/vn-diplomacy/id/evidence/>
            PREFIX observation: <https://w3id.org/vn-diplomacy/id/observation/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX qudt-unit: <http://qudt.org/vocab/unit/>
            """;

    /** An article with one figure: "thu hút FDI đạt gần 36,6 tỷ USD" in 2023. */
    private static final String ARTICLE = PREFIXES + """
            article:001 a vnd:Article ; vnd:sourceFile "001.txt" ; dcterms:title "Tiêu đề" ;
                dcterms:language "vi" ; dcterms:issued "2024-04-02"^^xsd:date .
            country:vn a vnd:Country .
            evidence:001-f1 a vnd:Evidence ; oa:exact "thu hút FDI đạt gần 36,6 tỷ USD" ;
                oa:start 10 ; oa:end 41 .
            observation:001-f1 a vnd:Observation ; prov:wasDerivedFrom article:001 ;
                vnd:evidence evidence:001-f1 ; vnd:indicator vnd:FdiRegistered ; vnd:refArea country:vn ;
                vnd:unit qudt-unit:CCY_USD ; vnd:approximation vnd:Nearly ; vnd:rawText "gần 36,6 tỷ USD" ;
                vnd:periodStart "2023-01-01"^^xsd:date ; vnd:periodEnd "2023-12-31"^^xsd:date .
            """;

    @Test
    void shapes_parse_targetEveryContractClass() {
        List<String> targets = SHAPES.getTargetShapes().stream()
                .flatMap(shape -> shape.getTargets().stream())
                .map(target -> target.getObject().getLocalName())
                .distinct().sorted().toList();
        assertEquals(List.of("Agreement", "Article", "Country", "Event", "Evidence", "Indicator",
                "InternationalOrganization", "Locality", "Mention", "Observation", "Official", "Organization",
                "Partnership", "PolicyDocument", "PositionHolding", "Role",
                "Visit").stream().sorted().toList(), targets);
    }

    @Test
    void shippedFiles_conform() {
        Model data = ontologyAndReference();
        ValidationReport report = ShaclValidator.get().validate(SHAPES, data.getGraph());
        assertTrue(report.conforms(), () -> text(report));
    }

    @Test
    void wellFormedObservation_conforms() {
        ValidationReport report = validate(ARTICLE + "observation:001-f1 vnd:value 36600000000.0 .");
        assertTrue(report.conforms(), () -> text(report));
    }

    @Test
    void observation_withValueAndRange_doesNotConform() {
        assertFalse(validate(ARTICLE + "observation:001-f1 vnd:value 36.6 ; vnd:minValue 6.0 ; vnd:maxValue 7.0 .")
                .conforms());
        assertFalse(validate(ARTICLE).conforms(), "an observation with neither value nor range");
    }

    @Test
    void evidence_endBeforeStart_doesNotConform() {
        String data = ARTICLE.replace("oa:start 10 ; oa:end 41", "oa:start 41 ; oa:end 10")
                + "observation:001-f1 vnd:value 36600000000.0 .";
        assertFalse(validate(data).conforms());
    }

    @Test
    void fact_fromTwoArticles_doesNotConform() {
        String data = ARTICLE + """
                observation:001-f1 vnd:value 36600000000.0 ; prov:wasDerivedFrom article:002 .
                article:002 a vnd:Article ; vnd:sourceFile "002.txt" ; dcterms:title "T" ; dcterms:language "vi" .
                """;
        assertFalse(validate(data).conforms());
    }

    @Test
    void country_withBadCodeOrNoWikidata_doesNotConform() {
        String data = PREFIXES + """
                country:xx a vnd:Country ; rdfs:label "Xứ X"@vi ; vnd:iso3166Alpha2 "xx" .
                """;
        ValidationReport report = validate(data);
        assertEquals(2, report.getEntries().size(), () -> text(report));
    }

    @Test
    void visit_withMonthDate_conforms_withPlainStringDate_doesNot() {
        String visit = ARTICLE + """
                PREFIX official: <https://w3id.org/vn-diplomacy/id/official/>
                PREFIX visit: <https://w3id.org/vn-diplomacy/id/visit/>
                observation:001-f1 vnd:value 36600000000.0 .
                official:joe-biden a vnd:Official ; rdfs:label "Joe Biden"@vi .
                visit:001-v1 a vnd:Visit ; prov:wasDerivedFrom article:001 ; vnd:evidence evidence:001-f1 ;
                    vnd:visitor official:joe-biden ; vnd:destination country:vn ; vnd:startDate DATE .
                """;
        ValidationReport month = validate(visit.replace("DATE", "\"2023-09\"^^xsd:gYearMonth"));
        assertTrue(month.conforms(), () -> text(month));
        assertFalse(validate(visit.replace("DATE", "\"2023-09\"")).conforms());
    }

    @Test
    void official_withEnglishLabelOnly_doesNotConform() {
        String data = PREFIXES + """
                PREFIX official: <https://w3id.org/vn-diplomacy/id/official/>
                official:joe-biden a vnd:Official ; rdfs:label "Joe Biden"@en .
                """;
        assertFalse(validate(data).conforms());
        assertTrue(validate(data.replace("@en .", "@en , \"Joe Biden\"@vi .")).conforms());
    }

    @Test
    void shippedFiles_haveNoBlankNodes() {
        for (String file : List.of("vnd.ttl", "concepts.ttl", "shapes.ttl", "reference/countries.ttl",
                "reference/organizations.ttl")) {
            Model model = RDFDataMgr.loadModel("ontology/" + file);
            boolean blank = model.listStatements().toList().stream()
                    .anyMatch(st -> st.getSubject().isAnon() || st.getObject().isAnon());
            assertFalse(blank, "ontology/" + file + " has blank nodes; name them so converted datasets stay"
                    + " byte-for-byte deterministic");
        }
    }

    private static ValidationReport validate(String turtle) {
        Model data = ontologyAndReference();
        RDFDataMgr.read(data, new StringReader(turtle), null, Lang.TURTLE);
        return ShaclValidator.get().validate(SHAPES, data.getGraph());
    }

    /** What graph/ontology and graph/reference hold. */
    private static Model ontologyAndReference() {
        Model model = ModelFactory.createDefaultModel();
        for (String file : List.of("vnd.ttl", "concepts.ttl", "reference/countries.ttl",
                "reference/organizations.ttl")) {
            RDFDataMgr.read(model, "ontology/" + file);
        }
        return model;
    }

    private static String text(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }
}
