package org.vndiplomacy.kg.server;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the JSON, GraphML and GEXF of the partner graph must agree on: the node IRIs, and the edges as
 * "kind IRI source target", both sorted. Lists, not sets, so that a duplicate shows.
 */
public record GraphShape(List<String> nodes, List<String> edges) {

    public GraphShape {
        nodes = nodes.stream().sorted().toList();
        edges = edges.stream().sorted().toList();
    }

    /** The shape of {@code /viz/graph.json} or {@code export-graph --format json}. */
    public static GraphShape ofJson(String text) {
        JsonObject json = JSON.parse(text);
        List<String> nodes = new ArrayList<>();
        List<String> edges = new ArrayList<>();
        for (JsonValue n : json.get("nodes").getAsArray()) {
            nodes.add(n.getAsObject().get("id").getAsString().value());
        }
        for (JsonValue e : json.get("edges").getAsArray()) {
            JsonObject o = e.getAsObject();
            edges.add(o.get("kind").getAsString().value() + " " + o.get("id").getAsString().value() + " "
                    + o.get("source").getAsString().value() + " " + o.get("target").getAsString().value());
        }
        return new GraphShape(nodes, edges);
    }

    /** The shape of GraphML, read from its {@code data key=} elements. */
    public static GraphShape ofGraphml(String xml) throws Exception {
        return ofXml(xml, "data", "key", "node-iri", "edge-iri", "edge-kind");
    }

    /** The shape of GEXF, read from its {@code attvalue for=} elements. */
    public static GraphShape ofGexf(String xml) throws Exception {
        return ofXml(xml, "attvalue", "for", "iri", "iri", "kind");
    }

    private static GraphShape ofXml(String xml, String valueTag, String keyAttribute, String nodeIri,
            String edgeIri, String edgeKind) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> iriOfId = new HashMap<>();
        List<String> nodes = new ArrayList<>();
        for (Element n : elements(doc.getElementsByTagNameNS("*", "node"))) {
            String iri = values(n, valueTag, keyAttribute).get(nodeIri);
            iriOfId.put(n.getAttribute("id"), iri);
            nodes.add(iri);
        }
        List<String> edges = new ArrayList<>();
        for (Element e : elements(doc.getElementsByTagNameNS("*", "edge"))) {
            Map<String, String> v = values(e, valueTag, keyAttribute);
            edges.add(v.get(edgeKind) + " " + v.get(edgeIri) + " " + iriOfId.get(e.getAttribute("source")) + " "
                    + iriOfId.get(e.getAttribute("target")));
        }
        return new GraphShape(nodes, edges);
    }

    private static Map<String, String> values(Element parent, String tag, String keyAttribute) {
        Map<String, String> values = new HashMap<>();
        for (Element d : elements(parent.getElementsByTagNameNS("*", tag))) {
            values.put(d.getAttribute(keyAttribute), d.hasAttribute("value") ? d.getAttribute("value")
                    : d.getTextContent());
        }
        return values;
    }

    private static List<Element> elements(NodeList list) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }
}
