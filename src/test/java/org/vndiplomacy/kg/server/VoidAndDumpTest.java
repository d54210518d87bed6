package org.vndiplomacy.kg.server;

import org.vndiplomacy.kg.SeedCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The VoID description, the dumps and the ontology, over HTTP, against the store itself. */
class VoidAndDumpTest {

    @TempDir
    static Path dir;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir, Duration.ofSeconds(30), Optional.empty());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static Model voidModel() throws Exception {
        HttpResponse<String> response = fixture.get("/.well-known/void", "text/turtle");
        assertEquals(200, response.statusCode());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.TURTLE).parse(model);
        return model;
    }

    @Test
    void void_parsesAndCountsWhatTheStoreHolds() throws Exception {
        Model model = voidModel();
        Resource d = model.createResource(VoidServlet.DATASET);
        long triples = d.getRequiredProperty(model.createProperty(VoidServlet.VOID + "triples")).getLong();
        assertEquals(Long.parseLong(fixture.scalar("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")), triples);
        assertEquals(SeedCounts.UNION_TRIPLES, triples);
        assertEquals(5, d.getRequiredProperty(model.createProperty(VoidServlet.VOID + "documents")).getLong());
        assertEquals(fixture.base() + "/kg/sparql", d.getRequiredProperty(
                model.createProperty(VoidServlet.VOID + "sparqlEndpoint")).getResource().getURI());
        assertEquals("https://w3id.org/vn-diplomacy/id/", d.getRequiredProperty(
                model.createProperty(VoidServlet.VOID + "uriSpace")).getString());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", d.getRequiredProperty(
                org.apache.jena.vocabulary.DCTerms.license).getResource().getURI());
        assertEquals(2, d.listProperties(model.createProperty(VoidServlet.VOID + "dataDump")).toList().size());
    }

    @Test
    void dump_nquads_isTheStoreAndMatchesItsChecksum() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(fixture.base() + "/dumps/vn-diplomacy-kg.nq.gz")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body()));
        assertEquals(sha, response.headers().firstValue("X-Checksum-SHA256").orElse(""));
        Model model = voidModel();
        assertTrue(model.listObjectsOfProperty(model.createProperty(VoidServlet.SPDX + "checksumValue")).toList()
                .stream().anyMatch(l -> l.asLiteral().getString().equals(sha)), "the VoID names the checksum");

        DatasetGraph dump = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dump);
        }
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(fixture.layout.database().toString());
        Dataset copy = DatasetFactory.createTxnMem();
        Txn.executeRead(store, () -> store.find().forEachRemaining(copy.asDatasetGraph()::add));
        assertEquals(SeedCounts.QUADS, dump.stream().count());
        assertTrue(IsoMatcher.isomorphic(copy.asDatasetGraph(), dump), "the dump is the store's content");
    }

    @Test
    void ontology_turtleByNegotiationIsTheOntologyGraph() throws Exception {
        HttpResponse<String> response = fixture.get("/ontology", "text/turtle");
        assertEquals(200, response.statusCode());
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.TURTLE).parse(model);
        assertEquals(SeedCounts.ONTOLOGY_TRIPLES, model.size());
        assertEquals(model.size(), parse(fixture.get("/ontology.nt", "text/html").body(), Lang.NTRIPLES).size());
        assertEquals(400, fixture.get("/ontology?format=pdf", null).statusCode());
    }

    @Test
    void ontology_severalMediaRanges_servesTheBestByQOr406() throws Exception {
        HttpResponse<String> both = fixture.get("/ontology", "application/ld+json, text/turtle;q=0.5");
        assertEquals(200, both.statusCode());
        assertEquals("application/ld+json", both.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""));
        assertEquals(SeedCounts.ONTOLOGY_TRIPLES, parse(both.body(), Lang.JSONLD).size());
        assertEquals("text/turtle", fixture.get("/ontology", "text/turtle, application/n-triples").headers()
                .firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        HttpResponse<String> none = fixture.get("/ontology", "text/turtle;q=0");
        assertEquals(406, none.statusCode());
        assertEquals("Accept", none.headers().firstValue("Vary").orElse(""));
        assertEquals(RdfFormat.notAcceptable("text/turtle;q=0") + "\n", none.body());
    }

    @Test
    void ontology_htmlDocumentsClassesPropertiesConceptsAndShapes() throws Exception {
        HttpResponse<String> response = fixture.get("/ontology", "text/html");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<article class=\"fact\" id=\"Observation\">"), "a class");
        assertTrue(page.contains("<span lang=\"vi\">Số liệu</span>"), "its Vietnamese label");
        assertTrue(page.contains("<td><code>vnd:indicator</code></td><td>1..1</td><td><code>vnd:Indicator</code></td>"
                + "<td>an observation needs exactly one vnd:indicator, a vnd:Indicator concept</td>"), "a shape");
        assertTrue(page.contains("<tr id=\"refArea\"><td><code>vnd:refArea</code></td>"), "a property");
        assertTrue(page.contains("<tr id=\"FdiRegistered\"><td><code>vnd:FdiRegistered</code></td>"), "a concept");
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(model);
        return model;
    }

    @Test
    void dumps_onlyTheListedFiles() throws Exception {
        assertEquals(404, fixture.get("/dumps/dumps.properties", null).statusCode());
        assertEquals(400, fixture.get("/dumps/..%2Fbuild.properties", null).statusCode(), "ambiguous encoding");
        assertEquals(404, fixture.get("/dumps/", null).statusCode());
    }
}
