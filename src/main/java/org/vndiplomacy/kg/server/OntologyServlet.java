package org.vndiplomacy.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.vocab.Prefixes;
import org.vndiplomacy.kg.vocab.VND;

/**
 * {@code /ontology}: the ontology ({@code graph/ontology}: classes, properties, concept schemes) as Turtle,
 * JSON-LD, N-Triples or RDF/XML by negotiation (or {@code .ttl} ... suffixes), and as an HTML page generated from
 * it, with the SHACL constraints of {@code graph/shapes}.
 */
final class OntologyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient StoreAccess store;
    private final transient PageRenderer pages = new PageRenderer();

    OntologyServlet(StoreAccess store) {
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        String named = path.startsWith("/ontology.") ? path.substring("/ontology.".length())
                : request.getParameter("format");
        Optional<RdfFormat> format = named != null ? RdfFormat.named(named)
                : RdfFormat.accepted(request.getHeader("Accept"));
        response.setHeader("Vary", "Accept");
        if (format.isEmpty() && named != null) {
            HttpLib.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "unknown format (expected html, ttl, jsonld, nt or rdf)");
            return;
        }
        if (format.isEmpty()) {
            HttpLib.error(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    RdfFormat.notAcceptable(request.getHeader("Accept")));
            return;
        }
        Dataset dataset = store.dataset(getServletContext());
        Model ontology = ModelFactory.createDefaultModel();
        Model shapes = ModelFactory.createDefaultModel();
        Txn.executeRead(dataset, () -> {
            ontology.add(dataset.getNamedModel(VND.GRAPH_BASE + "ontology"));
            shapes.add(dataset.getNamedModel(VND.GRAPH_BASE + "shapes"));
        });
        if (format.get() == RdfFormat.HTML) {
            HttpLib.html(response, pages.render("ontology", OntologyView.of(ontology, shapes)));
            return;
        }
        ontology.setNsPrefixes(Prefixes.MAPPING);
        HttpLib.securityHeaders(response);
        response.setContentType(format.get().mediaType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, ontology, format.get().lang);
        }
    }
}
