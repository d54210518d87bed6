package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.vocab.VND;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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

    /** Nodes as their IRIs; edges as "kind IRI source target". */
    record Shape(TreeSet<String> nodes, TreeSet<String> edges) {
    }

    private static Shape fromJson() throws Exception {
        JsonObject json = JSON.parse(fixture.get("/viz/graph.json", null).body());
        Shape shape = new Shape(new TreeSet<>(), new TreeSet<>());
        for (JsonValue n : json.get("nodes").getAsArray()) {
            shape.nodes().add(n.getAsObject().get("id").getAsString().value());
        }
        for (JsonValue e : json.get("edges").getAsArray()) {
            JsonObject o = e.getAsObject();
            shape.edges().add(o.get("kind").getAsString().value() + " " + o.get("id").getAsString().value() + " "
                    + o.get("source").getAsString().value() + " " + o.get("target").getAsString().value());
        }
        return shape;
    }

    @Test
    void json_holdsThePartnershipsVisitsAndEntities() throws Exception {
        Shape shape = fromJson();
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
    void edgeIds_areUniqueInJsonGraphmlAndGexf() throws Exception {
        List<String> json = new ArrayList<>();
        for (JsonValue e : JSON.parse(fixture.get("/viz/graph.json", null).body()).get("edges").getAsArray()) {
            json.add(e.getAsObject().get("id").getAsString().value());
        }
        assertEquals(14, json.size());
        assertEquals(json.size(), new TreeSet<>(json).size(), json.toString());
        assertEquals(json, xmlEdgeIris(fixture.get("/viz/graph.graphml", null).body(), "data", "key", "edge-iri"));
        assertEquals(json, xmlEdgeIris(fixture.get("/viz/graph.gexf", null).body(), "attvalue", "for", "iri"));
    }

    /** The {@code iri} attribute of every edge, in document order. */
    private static List<String> xmlEdgeIris(String xml, String valueTag, String keyAttribute, String key)
            throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList edges = doc.getElementsByTagNameNS("*", "edge");
        List<String> iris = new ArrayList<>();
        for (int i = 0; i < edges.getLength(); i++) {
            iris.add(values((Element) edges.item(i), valueTag, keyAttribute).get(key));
        }
        return iris;
    }

    @Test
    void graphml_isValidAndHoldsTheSameGraph() throws Exception {
        String xml = fixture.get("/viz/graph.graphml", null).body();
        validate(xml, SCHEMAS.resolve("graphml/graphml.xsd"));
        assertEquals(fromJson(), fromXml(xml, "node", "edge", "data", "key", "node-iri", "edge-iri", "edge-kind"));
    }

    @Test
    void gexf_isValidAndHoldsTheSameGraph() throws Exception {
        HttpResponse<String> response = fixture.get("/viz/graph.gexf", null);
        assertEquals("application/gexf+xml", response.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""));
        validate(response.body(), SCHEMAS.resolve("gexf/gexf.xsd"));
        assertEquals(fromJson(), fromXml(response.body(), "node", "edge", "attvalue", "for", "iri", "iri", "kind"));
    }

    private static void validate(String xml, Path schema) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.newSchema(schema.toFile()).newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    /** Reads node and edge IRIs from GraphML ({@code data key=}) or GEXF ({@code attvalue for=}). */
    private static Shape fromXml(String xml, String nodeTag, String edgeTag, String valueTag, String keyAttribute,
            String nodeIri, String edgeIri, String edgeKind) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> iriOfId = new HashMap<>();
        Shape shape = new Shape(new TreeSet<>(), new TreeSet<>());
        NodeList nodes = doc.getElementsByTagNameNS("*", nodeTag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            String iri = values(n, valueTag, keyAttribute).get(nodeIri);
            iriOfId.put(n.getAttribute("id"), iri);
            shape.nodes().add(iri);
        }
        NodeList edges = doc.getElementsByTagNameNS("*", edgeTag);
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            Map<String, String> v = values(e, valueTag, keyAttribute);
            shape.edges().add(v.get(edgeKind) + " " + v.get(edgeIri) + " " + iriOfId.get(e.getAttribute("source"))
                    + " " + iriOfId.get(e.getAttribute("target")));
        }
        return shape;
    }

    private static Map<String, String> values(Element parent, String tag, String keyAttribute) {
        Map<String, String> values = new HashMap<>();
        NodeList list = parent.getElementsByTagNameNS("*", tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        for (Element d : elements) {
            values.put(d.getAttribute(keyAttribute), d.hasAttribute("value") ? d.getAttribute("value")
                    : d.getTextContent());
        }
        return values;
    }
}
