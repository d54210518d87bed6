package org.vndiplomacy.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;

/**
 * {@code /viz/}: the partner-relations page, and the graph behind it: {@code /viz/graph.json},
 * {@code /viz/graph.graphml}, {@code /viz/graph.gexf}, computed by SPARQL over the store on each request.
 */
final class VizServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient StoreAccess store;
    private final transient LinkMapper links;

    VizServlet(StoreAccess store, LinkMapper links) {
        this.store = store;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "", "/" -> page(response);
            case "/graph.json" -> {
                PartnerGraph graph = read();
                HttpLib.securityHeaders(response);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getOutputStream().write(GraphJsonWriter.json(graph).toString()
                        .getBytes(StandardCharsets.UTF_8));
            }
            case "/graph.graphml", "/graph.gexf" -> xml(response, path);
            default -> HttpLib.error(response, HttpServletResponse.SC_NOT_FOUND, "no such page");
        }
    }

    private PartnerGraph read() {
        return new PartnerGraphReader(store.dataset(getServletContext()), links).read();
    }

    private void page(HttpServletResponse response) throws IOException {
        try (InputStream in = VizServlet.class.getResourceAsStream("/templates/viz.html")) {
            HttpLib.html(response, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void xml(HttpServletResponse response, String path) throws IOException {
        boolean graphml = path.endsWith(".graphml");
        PartnerGraph graph = read();
        HttpLib.securityHeaders(response);
        response.setContentType(graphml ? "application/graphml+xml" : "application/gexf+xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"vn-diplomacy-partners"
                + (graphml ? ".graphml" : ".gexf") + "\"");
        try (OutputStream out = response.getOutputStream()) {
            if (graphml) {
                GraphXmlWriter.graphml(graph, out);
            } else {
                GraphXmlWriter.gexf(graph, out);
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the graph as XML", e);
        }
    }
}
