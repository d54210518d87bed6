package org.vndiplomacy.kg.server;

import org.vndiplomacy.kg.SeedCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.vocab.VND;

/** The SPARQL server over HTTP: formats, the update endpoint's password, the timeout, text search, the UI. */
class SparqlServerTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String SON = VND.ID_BASE + "official/bui-thanh-son";

    @TempDir
    static Path dir;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir, Duration.ofSeconds(2), Optional.of(ServerFixture.PASSWORD));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void sparql_countOverUnion_answersAllDistinctTriples() throws Exception {
        assertEquals(Integer.toString(SeedCounts.UNION_TRIPLES), fixture.scalar(COUNT));
    }

    @Test
    void sparql_post_answersLikeGet() throws Exception {
        HttpResponse<String> response = fixture.postForm("/kg/sparql", "query", COUNT, "text/csv", null);
        assertEquals(200, response.statusCode());
        assertEquals("n\r\n" + SeedCounts.UNION_TRIPLES + "\r\n", response.body());
    }

    @Test
    void sparql_resultFormats_followAccept() throws Exception {
        String ask = "ASK { <" + SON + "> a <" + VND.NS + "Official> }";
        assertEquals("application/sparql-results+json",
                contentType(fixture.query(ask, "application/sparql-results+json")));
        assertTrue(fixture.query(ask, "application/sparql-results+json").body().contains("\"boolean\" : true"));
        assertTrue(fixture.query(ask, "application/sparql-results+xml").body().contains("<boolean>true</boolean>"));
        assertEquals("text/tab-separated-values", contentType(fixture.query(COUNT, "text/tab-separated-values")));
        assertEquals("?n\n" + SeedCounts.UNION_TRIPLES + "\n", fixture.query(COUNT, "text/tab-separated-values").body());
    }

    @Test
    void construct_turtleAndJsonLd_holdTheTriples() throws Exception {
        String construct = "CONSTRUCT { <" + SON + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { <"
                + SON + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
        Triple vi = Triple.create(NodeFactory.createURI(SON),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralLang("Bùi Thanh Sơn", "vi"));
        for (String[] format : new String[][] {{"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"},
                {"application/n-triples", "NT"}}) {
            HttpResponse<String> response = fixture.query(construct, format[0]);
            assertEquals(200, response.statusCode(), format[0]);
            assertEquals(format[0], contentType(response));
            Graph graph = parse(response.body(), format[1]);
            assertEquals(2, graph.size(), format[0]);
            assertTrue(graph.contains(vi), format[0]);
        }
    }

    @Test
    void graphStore_read_givesOneArticleGraph() throws Exception {
        String derived = VND.GRAPH_BASE + "derived";
        HttpResponse<String> response = fixture.get("/kg/get?graph=" + derived, "application/n-triples");
        assertEquals(200, response.statusCode());
        assertEquals(10, parse(response.body(), "NT").size());
    }

    @Test
    void graphStore_anonymousPut_isRefusedAndChangesNothing() throws Exception {
        HttpResponse<String> response = fixture.send(HttpRequest.newBuilder(
                URI.create(fixture.base() + "/kg/get?graph=http://example.org/g"))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> \"o\" .\n"))
                .build());
        assertEquals(405, response.statusCode());
        assertEquals(Integer.toString(SeedCounts.UNION_TRIPLES), fixture.scalar(COUNT));
    }

    @Test
    void update_anonymous_isRefusedAndChangesNothing() throws Exception {
        String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> "
                + "<http://example.org/p> \"anonymous\" } }";
        assertEquals(401, fixture.postForm("/kg/update", "update", insert, null, null).statusCode());
        assertEquals(401, fixture.postForm("/kg/update", "update", insert, null, "wrong").statusCode());
        assertEquals(400, fixture.postForm("/kg", "update", insert, null, null).statusCode());
        assertEquals(Integer.toString(SeedCounts.UNION_TRIPLES), fixture.scalar(COUNT));
    }

    @Test
    void update_withPassword_changesTheStore() throws Exception {
        String triple = "<http://example.org/s> <http://example.org/p> \"admin was here\"";
        HttpResponse<String> insert = fixture.postForm("/kg/update", "update",
                "INSERT DATA { GRAPH <http://example.org/g> { " + triple + " } }", null, ServerFixture.PASSWORD);
        assertEquals(200, insert.statusCode(), insert.body());
        assertEquals(Integer.toString(SeedCounts.UNION_TRIPLES + 1), fixture.scalar(COUNT));
        HttpResponse<String> delete = fixture.postForm("/kg/update", "update",
                "DELETE DATA { GRAPH <http://example.org/g> { " + triple + " } }", null, ServerFixture.PASSWORD);
        assertEquals(200, delete.statusCode(), delete.body());
        assertEquals(Integer.toString(SeedCounts.UNION_TRIPLES), fixture.scalar(COUNT));
    }

    @Test
    void timeout_runawayQuery_isStoppedWithAnError() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = fixture.query(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "text/csv");
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertEquals(503, response.statusCode(), response.body());
        assertEquals("Query timed out", response.body().strip());
        assertTrue(seconds < 20, "stopped after " + seconds + " s");
    }

    @Test
    void textSearch_withoutDiacritics_findsTheVietnameseLabel() throws Exception {
        // only the @vi label: the English one ("Bui Thanh Son") would match without any folding
        HttpResponse<String> response = fixture.query("PREFIX text: <http://jena.apache.org/text#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?lit WHERE { "
                + "(?s ?score ?lit) text:query (rdfs:label '\"bui thanh son\"' 'lang:vi') }", "text/csv");
        assertEquals("s,lit\r\n" + SON + ",Bùi Thanh Sơn\r\n", response.body());
    }

    @Test
    void textSearch_eachLabelIsIndexedOnce() throws Exception {
        HttpResponse<String> response = fixture.query("PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query '\"bui thanh son\"' } ORDER BY ?lit",
                "text/csv");
        assertEquals("s,lit\r\n" + SON + ",Bui Thanh Son\r\n" + SON + ",Bùi Thanh Sơn\r\n", response.body());
    }

    @Test
    void ping_answers() throws Exception {
        assertEquals(200, fixture.get("/$/ping", null).statusCode());
    }

    /**
     * The query UI sends its queries to {@code /kg/} and the first name {@code /$/server} lists for the dataset's
     * query service, and that list's order changes from one start of the server to the next: every name listed must
     * take a POSTed query ({@code ""}, the unnamed endpoint, makes {@code /kg/}, once refused as a read-only path).
     */
    @Test
    void queryUi_everyQueryEndpointListed_answersAPost() throws Exception {
        JsonNode server = new ObjectMapper().readTree(fixture.get("/$/server", "application/json").body());
        List<String> names = new ArrayList<>();
        for (JsonNode dataset : server.path("datasets")) {
            for (JsonNode service : dataset.path("ds.services")) {
                if (dataset.path("ds.name").asText().equals("/kg") && service.path("srv.type").asText().equals("query")) {
                    service.path("srv.endpoints").forEach(name -> names.add(name.asText()));
                }
            }
        }
        assertEquals(List.of("", "query", "sparql"), names.stream().sorted().toList(), server.toString());
        for (String name : names) {
            HttpResponse<String> response = fixture.postForm("/kg/" + name, "query", COUNT, "text/csv", null);
            assertEquals("/kg/" + name + " 200 n\r\n" + SeedCounts.UNION_TRIPLES + "\r\n", "/kg/" + name + " "
                    + response.statusCode() + " " + response.body());
        }
    }

    @Test
    void ui_isServedAndReadOnly() throws Exception {
        HttpResponse<String> page = fixture.get("/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<div id=\"app\""), page.body());
        HttpResponse<String> server = fixture.get("/$/server", "application/json");
        assertEquals(200, server.statusCode());
        assertTrue(server.body().contains("\"ds.name\" : \"/kg\""), server.body());
        HttpResponse<String> create = fixture.postForm("/$/datasets", "dbName", "other", null, null);
        assertEquals(405, create.statusCode());
        assertEquals(404, fixture.get("/$/datasets", "application/json").statusCode());
        assertEquals(404, fixture.get("/$/backup/kg", "application/json").statusCode());
        assertTrue(!fixture.get("/$/server", "application/json").body().contains("/other"));
    }

    @Test
    void cors_crossOriginQuery_isAllowedWithoutCredentials() throws Exception {
        HttpResponse<String> response = fixture.send(HttpRequest.newBuilder(URI.create(fixture.base()
                + "/kg/sparql?query=" + java.net.URLEncoder.encode(COUNT, StandardCharsets.UTF_8)))
                .header("Origin", "https://example.org").header("Accept", "text/csv").build());
        assertEquals(200, response.statusCode());
        assertEquals("https://example.org",
                response.headers().firstValue("Access-Control-Allow-Origin").orElse("(none)"));
        assertEquals("(none)", response.headers().firstValue("Access-Control-Allow-Credentials").orElse("(none)"));
    }

    @Test
    void cors_preflightForUpdateWithCredentials_isNotGranted() throws Exception {
        HttpResponse<String> response = fixture.send(HttpRequest.newBuilder(URI.create(fixture.base()
                + "/kg/update")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization").build());
        assertEquals("(none)", response.headers().firstValue("Access-Control-Allow-Credentials").orElse("(none)"));
        assertTrue(!response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"),
                response.headers().map().toString());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").strip();
    }

    private static Graph parse(String body, String lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        Lang chosen = switch (lang) {
            case "TTL" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            default -> Lang.NTRIPLES;
        };
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(chosen).parse(graph);
        return graph;
    }
}
