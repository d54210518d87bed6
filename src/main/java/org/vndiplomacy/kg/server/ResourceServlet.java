package org.vndiplomacy.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.vndiplomacy.kg.server.PageView.Link;

/**
 * {@code /id/{kind}/{key}}: the resource {@code {base}{kind}/{key}} by content negotiation: HTML for browsers,
 * Turtle, JSON-LD, N-Triples or RDF/XML by the {@code Accept} header, a suffix ({@code .ttl}, {@code .jsonld},
 * {@code .nt}, {@code .rdf}, {@code .html}) or {@code ?format=}. Unknown resources get 404, malformed paths
 * 400, an {@code Accept} header that none of the formats matches 406.
 */
final class ResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z]+)/([A-Za-z0-9_-][A-Za-z0-9._-]*?)"
            + "(?:\\.(html|ttl|jsonld|nt|rdf))?");

    private final transient StoreAccess store;
    private final transient LinkMapper links;
    private final transient PageRenderer pages = new PageRenderer();

    ResourceServlet(StoreAccess store, LinkMapper links) {
        this.store = store;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String path = request.getPathInfo();
        Matcher m = path == null ? null : PATH.matcher(path);
        if (m == null || !m.matches()) {
            HttpLib.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "expected /id/{kind}/{key} with letters, digits, '.', '_' and '-'");
            return;
        }
        String named = m.group(3) != null ? m.group(3) : request.getParameter("format");
        Optional<RdfFormat> format = named != null ? RdfFormat.named(named)
                : RdfFormat.accepted(request.getHeader("Accept"));
        if (format.isEmpty() && named != null) {
            HttpLib.error(response, HttpServletResponse.SC_BAD_REQUEST,
                    "unknown format \"" + named + "\" (expected html, ttl, jsonld, nt or rdf)");
            return;
        }
        if (format.isEmpty()) {
            HttpLib.error(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    RdfFormat.notAcceptable(request.getHeader("Accept")));
            return;
        }
        String local = m.group(1) + "/" + m.group(2);
        String iri = links.iri(local);
        Dataset dataset = store.dataset(getServletContext());
        ResourceDescriber describer = new ResourceDescriber(dataset);
        Optional<Model> description = describer.describe(iri);
        if (description.isEmpty()) {
            HttpLib.error(response, HttpServletResponse.SC_NOT_FOUND, "no resource " + iri);
            return;
        }
        if (format.get() == RdfFormat.HTML) {
            String page = pages.render("resource", new PageViewBuilder(store.terms(getServletContext()), links)
                    .build(iri, description.get(), describer.context(iri), ArticleSpans.read(dataset, iri),
                            formats("/id/" + local)));
            HttpLib.html(response, page);
        } else {
            response.setContentType(format.get().mediaType);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            try (OutputStream out = response.getOutputStream()) {
                RDFDataMgr.write(out, description.get(), format.get().lang);
            }
        }
    }

    private static List<Link> formats(String path) {
        List<Link> formats = new ArrayList<>();
        for (RdfFormat f : RdfFormat.values()) {
            if (f != RdfFormat.HTML) {
                formats.add(new Link(path + "." + f.suffix, f.label));
            }
        }
        return formats;
    }
}
