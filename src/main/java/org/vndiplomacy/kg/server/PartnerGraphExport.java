package org.vndiplomacy.kg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.apache.jena.query.Dataset;
import org.vndiplomacy.kg.vocab.VND;

/** The partner graph of a store written as GraphML, GEXF or JSON, without a server (for {@code export-graph}). */
public final class PartnerGraphExport {

    private PartnerGraphExport() {
    }

    /** Writes the graph; returns "N nodes, M edges". */
    public static String write(Dataset dataset, String format, OutputStream out) throws IOException {
        PartnerGraph graph = new PartnerGraphReader(dataset, new LinkMapper(VND.ID_BASE)).read();
        try {
            switch (format) {
                case "graphml" -> GraphXmlWriter.graphml(graph, out);
                case "gexf" -> GraphXmlWriter.gexf(graph, out);
                case "json" -> out.write(GraphJsonWriter.json(graph).toString().getBytes(StandardCharsets.UTF_8));
                default -> throw new IllegalArgumentException("unknown format " + format);
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the graph as XML", e);
        }
        return graph.nodes().size() + " nodes, " + graph.edges().size() + " edges";
    }
}
