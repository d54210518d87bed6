package org.vndiplomacy.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.vndiplomacy.kg.store.DumpWriter;
import org.vndiplomacy.kg.vocab.VND;

/**
 * {@code /.well-known/void}: the VoID and DCAT description of the dataset: the SPARQL endpoint, the URI space,
 * the licence, the dumps with their checksums, and the counts of triples, entities and articles, computed from the
 * store once per build (the version of its dumps). Turtle unless the client asks for JSON-LD, N-Triples or RDF/XML.
 */
final class VoidServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String DATASET = VND.DATASET;
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SPDX = "http://spdx.org/rdf/terms#";

    private static final String COUNTS = "PREFIX vnd: <" + VND.NS + ">\n"
            + "SELECT (COUNT(*) AS ?triples) "
            + "(SUM(IF(?p = <" + RDF.type.getURI() + "> && ?o IN (vnd:Official, vnd:Country, vnd:Organization, "
            + "vnd:Locality), 1, 0)) AS ?entities) "
            + "(SUM(IF(?p = <" + RDF.type.getURI() + "> && ?o = vnd:Article, 1, 0)) AS ?articles) "
            + "WHERE { ?s ?p ?o }";

    /** The counts of one version of the dumps. */
    private record Counts(String version, long[] values) {
    }

    private final transient AtomicReference<Counts> counted = new AtomicReference<>();
    private final transient StoreAccess store;
    private final transient Path dumps;
    private final transient LinkMapper links;

    VoidServlet(StoreAccess store, Path dumps, LinkMapper links) {
        this.store = store;
        this.dumps = dumps;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // No HTML page here: Turtle for browsers, and for clients that accept none of the formats.
        RdfFormat format = RdfFormat.accepted(request.getHeader("Accept")).filter(f -> f != RdfFormat.HTML)
                .orElse(RdfFormat.TURTLE);
        String site = request.getScheme() + "://" + request.getHeader("Host");
        Model model = describe(store.dataset(getServletContext()), site);
        HttpLib.securityHeaders(response);
        response.setHeader("Vary", "Accept");
        response.setContentType(format.mediaType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, format.lang);
        }
    }

    private Model describe(Dataset dataset, String site) throws IOException {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("spdx", SPDX).setNsPrefix("xsd", XSDDatatype.XSD + "#").setNsPrefix("owl", OWL.NS);
        Resource d = m.createResource(DATASET)
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "vn-diplomacy-kg", "en")
                .addProperty(DCTerms.description, "Vietnam's foreign affairs and economic diplomacy from Vietnamese "
                        + "news articles: officials, partnerships, visits, agreements, events, policy documents and "
                        + "figures, each with the quote it came from.", "en")
                .addProperty(DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/"))
                .addProperty(m.createProperty(VOID + "sparqlEndpoint"), m.createResource(site + "/kg/sparql"))
                .addProperty(m.createProperty(VOID + "uriSpace"), links.base())
                .addProperty(m.createProperty(VOID + "vocabulary"), m.createResource(VND.NS))
                .addProperty(m.createProperty(VOID + "exampleResource"),
                        m.createResource(links.base() + "country/vn"))
                .addProperty(m.createProperty(VOID + "rootResource"), m.createResource(site + "/about"));
        Optional<DumpWriter.Dumps> found = DumpWriter.read(dumps);
        long[] counts = counts(dataset, found.map(DumpWriter.Dumps::version));
        d.addLiteral(m.createProperty(VOID + "triples"), integer(m, counts[0]));
        d.addLiteral(m.createProperty(VOID + "entities"), integer(m, counts[1]));
        d.addLiteral(m.createProperty(VOID + "documents"), integer(m, counts[2]));
        if (found.isPresent()) {
            d.addProperty(OWL.versionInfo, found.get().version());
            for (DumpWriter.Dump dump : found.get().files()) {
                Resource url = m.createResource(site + "/dumps/" + dump.file());
                d.addProperty(m.createProperty(VOID + "dataDump"), url);
                Resource checksum = m.createResource()
                        .addProperty(m.createProperty(SPDX + "algorithm"),
                                m.createResource(SPDX + "checksumAlgorithm_sha256"))
                        .addProperty(m.createProperty(SPDX + "checksumValue"), dump.sha256());
                d.addProperty(DCAT.distribution, m.createResource()
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCAT.downloadURL, url)
                        .addProperty(DCAT.mediaType, m.createResource(
                                "https://www.iana.org/assignments/media-types/" + dump.mediaType()))
                        .addProperty(DCAT.compressFormat, m.createResource(
                                "https://www.iana.org/assignments/media-types/application/gzip"))
                        .addLiteral(DCAT.byteSize, integer(m, dump.bytes()))
                        .addProperty(m.createProperty(SPDX + "checksum"), checksum)
                        .addProperty(m.createProperty(DCAT.NS + "version"), found.get().version()));
            }
        }
        return m;
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(java.math.BigInteger.valueOf(n));
    }

    /**
     * The counts of the store as built: counted once for each version of the dumps (each build), since counting reads
     * every quad (seconds at ten million); counted on every request when there are no dumps.
     */
    private long[] counts(Dataset dataset, Optional<String> version) {
        Counts known = counted.get();
        if (known != null && version.isPresent() && known.version().equals(version.get())) {
            return known.values();
        }
        long[] values = Txn.calculateRead(dataset, () -> counts(dataset));
        version.ifPresent(v -> counted.set(new Counts(v, values)));
        return values;
    }

    private static long[] counts(Dataset dataset) {
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(COUNTS).build()) {
            var row = exec.execSelect().next();
            return new long[] {row.getLiteral("triples").getLong(), row.getLiteral("entities").getLong(),
                row.getLiteral("articles").getLong()};
        }
    }
}
