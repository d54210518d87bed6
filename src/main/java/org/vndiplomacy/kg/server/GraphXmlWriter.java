package org.vndiplomacy.kg.server;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vndiplomacy.kg.server.PartnerGraph.Edge;
import org.vndiplomacy.kg.server.PartnerGraph.Node;

/**
 * The partner graph as GraphML or GEXF 1.2, for Gephi, Cytoscape desktop and yEd. XML ids must be names, so nodes
 * are {@code n0, n1, ...} and edges {@code e0, e1, ...}; the attribute {@code iri} carries the resource's IRI (the
 * JSON's id), with the labels in both languages, kind, level, dates and counts.
 */
final class GraphXmlWriter {

    /** A node or edge attribute: its name and how to read it. */
    private record Attribute<T>(String name, String type, Function<T, Object> value) {
    }

    private static final List<Attribute<Node>> NODE = List.of(
            new Attribute<>("iri", "string", Node::id),
            new Attribute<>("labelVi", "string", Node::labelVi),
            new Attribute<>("labelEn", "string", Node::labelEn),
            new Attribute<>("kind", "string", Node::kind),
            new Attribute<>("mentions", "int", Node::mentions));

    private static final List<Attribute<Edge>> EDGE = List.of(
            new Attribute<>("iri", "string", Edge::id),
            new Attribute<>("kind", "string", Edge::kind),
            new Attribute<>("level", "string", Edge::level),
            new Attribute<>("levelVi", "string", Edge::levelVi),
            new Attribute<>("levelEn", "string", Edge::levelEn),
            new Attribute<>("date", "string", Edge::date),
            new Attribute<>("year", "int", Edge::year),
            new Attribute<>("fact", "string", Edge::fact),
            new Attribute<>("quotes", "int", e -> e.quotes().size()));

    private GraphXmlWriter() {
    }

    static void graphml(PartnerGraph graph, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("graphml");
        w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        w.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        keys(w, "node", NODE);
        keys(w, "edge", EDGE);
        w.writeStartElement("graph");
        w.writeAttribute("id", "partners");
        w.writeAttribute("edgedefault", "undirected");
        Map<String, String> ids = new HashMap<>();
        for (Node n : graph.nodes()) {
            String id = "n" + ids.size();
            ids.put(n.id(), id);
            w.writeStartElement("node");
            w.writeAttribute("id", id);
            data(w, "node", NODE, n);
            w.writeEndElement();
        }
        int i = 0;
        for (Edge e : graph.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", "e" + i++);
            w.writeAttribute("source", ids.get(e.source()));
            w.writeAttribute("target", ids.get(e.target()));
            w.writeAttribute("directed", Boolean.toString(e.directed()));
            data(w, "edge", EDGE, e);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    static void gexf(PartnerGraph graph, OutputStream out) throws XMLStreamException {
        XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("gexf");
        w.writeDefaultNamespace("http://www.gexf.net/1.2draft");
        w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        w.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd");
        w.writeAttribute("version", "1.2");
        w.writeStartElement("meta");
        w.writeStartElement("creator");
        w.writeCharacters("vn-diplomacy-kg");
        w.writeEndElement();
        w.writeStartElement("description");
        w.writeCharacters("Vietnam's partner relations: partnerships, visits, agreements, shared events");
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("graph");
        w.writeAttribute("defaultedgetype", "undirected");
        w.writeAttribute("mode", "static");
        attributes(w, "node", NODE);
        attributes(w, "edge", EDGE);
        Map<String, String> ids = new HashMap<>();
        w.writeStartElement("nodes");
        for (Node n : graph.nodes()) {
            String id = "n" + ids.size();
            ids.put(n.id(), id);
            w.writeStartElement("node");
            w.writeAttribute("id", id);
            w.writeAttribute("label", n.labelVi() != null ? n.labelVi() : n.id());
            attvalues(w, NODE, n);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement("edges");
        int i = 0;
        for (Edge e : graph.edges()) {
            w.writeStartElement("edge");
            w.writeAttribute("id", "e" + i++);
            w.writeAttribute("source", ids.get(e.source()));
            w.writeAttribute("target", ids.get(e.target()));
            w.writeAttribute("type", e.directed() ? "directed" : "undirected");
            w.writeAttribute("label", e.kind() + (e.levelEn() != null ? ": " + e.levelEn() : ""));
            attvalues(w, EDGE, e);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
    }

    private static <T> void keys(XMLStreamWriter w, String scope, List<Attribute<T>> attributes)
            throws XMLStreamException {
        for (Attribute<T> a : attributes) {
            w.writeEmptyElement("key");
            w.writeAttribute("id", scope + "-" + a.name());
            w.writeAttribute("for", scope);
            w.writeAttribute("attr.name", a.name());
            w.writeAttribute("attr.type", a.type());
        }
    }

    private static <T> void data(XMLStreamWriter w, String scope, List<Attribute<T>> attributes, T item)
            throws XMLStreamException {
        for (Attribute<T> a : attributes) {
            Object value = a.value().apply(item);
            if (value != null) {
                w.writeStartElement("data");
                w.writeAttribute("key", scope + "-" + a.name());
                w.writeCharacters(value.toString());
                w.writeEndElement();
            }
        }
    }

    private static <T> void attributes(XMLStreamWriter w, String scope, List<Attribute<T>> attributes)
            throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", scope);
        for (Attribute<T> a : attributes) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", a.name());
            w.writeAttribute("title", a.name());
            w.writeAttribute("type", a.type().equals("int") ? "integer" : a.type());
        }
        w.writeEndElement();
    }

    private static <T> void attvalues(XMLStreamWriter w, List<Attribute<T>> attributes, T item)
            throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (Attribute<T> a : attributes) {
            Object value = a.value().apply(item);
            if (value != null) {
                w.writeEmptyElement("attvalue");
                w.writeAttribute("for", a.name());
                w.writeAttribute("value", value.toString());
            }
        }
        w.writeEndElement();
    }
}
