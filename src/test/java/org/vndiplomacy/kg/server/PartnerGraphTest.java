package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The partner graph over HTTP: the JSON's nodes and edges, and the same graph as GraphML and GEXF, both valid
 * against their published schemas (shipped in {@code src/test/resources/schemas/}).
 */
class PartnerGraphTest {

    private static final Path SCHEMAS = Path.of("src", "test", "resources", "schemas");

    @TempDir
    static Path dir;
    static ServerFixture fixture;

    /** A synthetic agreement of three countries, added to the seed store: three edges, one per pair of parties. */
    static final String THREE_PARTIES = VND.ID_BASE + "agreement/test-three-parties";

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir, Duration.ofSeconds(30), Optional.of(ServerFixture.PASSWORD));
        String insert = "PREFIX vnd: <" + VND.NS + "> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
                + "INSERT DATA { GRAPH <http://example.org/test> { <" + THREE_PARTIES + "> a vnd:Agreement ;"
                + " vnd:party <" + VND.ID_BASE + "country/vn> , <" + VND.ID_BASE + "country/us> , <" + VND.ID_BASE
                + "country/cn> ; vnd:signedOn \"2024-03\"^^xsd:gYearMonth } }";
        HttpResponse<String> response = fixture.postForm("/kg/update", "update", insert, null,
                ServerFixture.PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static GraphShape fromJson() throws Exception {
        return GraphShape.ofJson(fixture.get("/viz/graph.json", null).body());
    }

    @Test
    void json_holdsThePartnershipsVisitsAndEntities() throws Exception {
        GraphShape shape = fromJson();
        assertEquals(52, shape.nodes().size());
        String vn = VND.ID_BASE + "country/vn";
        assertTrue(shape.edges().contains("partnership " + VND.ID_BASE
                + "partnership/002-854a89eabb678019-partnership-vn-us-csp-2023-09 " + VND.ID_BASE + "country/us "
                + vn), shape.edges().toString());
        assertTrue(shape.edges().contains("visit " + VND.ID_BASE
                + "visit/002-854a89eabb678019-visit-joe-biden-2023-09 " + VND.ID_BASE + "country/us " + vn));
        assertEquals(14, shape.edges().size(), shape.edges().toString());
    }

    @Test
    void json_threePartyAgreement_oneEdgePerPairWithItsOwnId() throws Exception {
        String cn = VND.ID_BASE + "country/cn";
        String us = VND.ID_BASE + "country/us";
        String vn = VND.ID_BASE + "country/vn";
        List<String> agreement = fromJson().edges().stream().filter(e -> e.contains(THREE_PARTIES)).toList();
        assertEquals(List.of(
                "agreement " + THREE_PARTIES + "#cn-us " + cn + " " + us,
                "agreement " + THREE_PARTIES + "#cn-vn " + cn + " " + vn,
                "agreement " + THREE_PARTIES + "#us-vn " + us + " " + vn), agreement);
    }

    @Test
    void edgeIds_areUnique() throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonValue e : JSON.parse(fixture.get("/viz/graph.json", null).body()).get("edges").getAsArray()) {
            ids.add(e.getAsObject().get("id").getAsString().value());
        }
        assertEquals(14, ids.size());
        assertEquals(ids.size(), new TreeSet<>(ids).size(), ids.toString());
    }

    @Test
    void graphml_isValidAndHoldsTheSameGraph() throws Exception {
        String xml = fixture.get("/viz/graph.graphml", null).body();
        validate(xml, SCHEMAS.resolve("graphml/graphml.xsd"));
        assertEquals(fromJson(), GraphShape.ofGraphml(xml));
    }

    @Test
    void gexf_isValidAndHoldsTheSameGraph() throws Exception {
        HttpResponse<String> response = fixture.get("/viz/graph.gexf", null);
        assertEquals("application/gexf+xml", response.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""));
        validate(response.body(), SCHEMAS.resolve("gexf/gexf.xsd"));
        assertEquals(fromJson(), GraphShape.ofGexf(response.body()));
    }

    private static void validate(String xml, Path schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.newSchema(schema.toFile()).newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
