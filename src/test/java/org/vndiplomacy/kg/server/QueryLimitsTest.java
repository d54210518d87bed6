package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.SeedCounts;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.store.StoreFixture;
import org.vndiplomacy.kg.store.StoreLayout;

/**
 * The limits of {@code /kg/sparql} over HTTP, with a result limit of 1,000 and a timeout of 2 s: an answer over the
 * limit and a query stopped by the timeout get an error status with a message, never a 200 with part of the
 * answer; malformed SPARQL gets 400 with the parser's message.
 */
class QueryLimitsTest {

    private static final String ALL = "SELECT * WHERE { ?s ?p ?o }";
    /** The first rows come at once, the others slowly: each needs a scan of the whole store. */
    private static final String SLOW_ROWS = "SELECT ?s WHERE { ?s ?p ?o FILTER NOT EXISTS { ?a ?b ?c "
            + "FILTER(STR(?c) = CONCAT(STR(?o), \"#nowhere\")) } }";

    /**
     * Joins of grouped lists, as query 09 has (each join by hashing), the first list slow (12.9 million rows to
     * count on the seed store; Jena notices the timeout when they are counted, 5 to 15 s on this project's
     * machines): the timeout comes while the inner join builds its table, and the outer join, which has not built
     * its own, is closed. Jena 5.6.0 then throws a NullPointerException from that close.
     */
    private static final String TIMEOUT_IN_A_HASH_JOIN = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT * WHERE { "
            + "{ SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?a rdfs:label ?c } GROUP BY ?s } "
            + "{ SELECT ?s ?t WHERE { ?s a ?t } GROUP BY ?s ?t } "
            + "{ SELECT ?s ?l WHERE { ?s rdfs:label ?l } GROUP BY ?s ?l } } ORDER BY ?s";

    @TempDir
    static Path dir;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir, Duration.ofSeconds(2), Optional.of(ServerFixture.PASSWORD),
                config -> config.serverSetting(ServerLimits.RESULT_LIMIT, "1000"));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String tooLarge(String unit) {
        return "Result too large: the answer has more than 1,000 " + unit + ", the most this endpoint sends "
                + "(vnkg:resultLimit). Ask for less, or page through it with LIMIT and OFFSET; the whole graph is in "
                + "the dumps (/dumps/).\n";
    }

    @Test
    void select_overTheLimit_400WithTheLimitNamed() throws Exception {
        for (String accept : new String[] {"text/csv", "application/sparql-results+json",
                "application/sparql-results+xml"}) {
            HttpResponse<String> response = fixture.query(ALL, accept);
            assertEquals(400, response.statusCode(), accept);
            assertEquals(tooLarge("rows"), response.body(), accept);
        }
        HttpResponse<String> post = fixture.postForm("/kg/sparql", "query", ALL + " LIMIT 1001", "text/csv", null);
        assertEquals(400, post.statusCode());
    }

    @Test
    void select_withinTheLimit_answeredWhole() throws Exception {
        assertEquals(1001, lines(fixture.query(ALL + " LIMIT 1000", "text/csv")));
        // LIMIT 5000 runs as LIMIT 1001: the 900 rows after the offset are all there
        assertEquals(900 + 1, lines(fixture.query("SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 5000 OFFSET "
                + (SeedCounts.UNION_TRIPLES - 900), "text/csv")));
        assertEquals(Integer.toString(SeedCounts.UNION_TRIPLES),
                fixture.scalar("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        HttpResponse<String> ask = fixture.query("ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, ask.statusCode());
    }

    @Test
    void construct_overTheLimit_400_butDuplicatesCountOnce() throws Exception {
        HttpResponse<String> all = fixture.query("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
        assertEquals(400, all.statusCode());
        assertEquals(tooLarge("triples"), all.body());
        HttpResponse<String> one = fixture.query("CONSTRUCT { <urn:x:a> <urn:x:b> <urn:x:c> } WHERE { ?s ?p ?o }",
                "application/n-triples");
        assertEquals(200, one.statusCode(), one.body());
        assertEquals("<urn:x:a> <urn:x:b> <urn:x:c> .\n", one.body());
        HttpResponse<String> some = fixture.query("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1000", "application/n-triples");
        assertEquals(200, some.statusCode());
        assertEquals(1000, some.body().lines().count());
    }

    @Test
    void describe_overTheLimit_400() throws Exception {
        HttpResponse<String> response = fixture.query("PREFIX vnd: <https://w3id.org/vn-diplomacy/ontology#> "
                + "DESCRIBE ?m WHERE { ?m a vnd:Mention }", "text/turtle");
        assertEquals(400, response.statusCode());
        assertEquals(tooLarge("triples"), response.body());
    }

    @Test
    void timeout_afterTheFirstRows_503AndNoRows() throws Exception {
        assertTimedOut(SLOW_ROWS, 20);
    }

    @Test
    void timeout_whileAJoinBuildsItsTable_503NotTheNullPointerOfJena() throws Exception {
        assertTimedOut(TIMEOUT_IN_A_HASH_JOIN, 60);
    }

    /** The query gets 503 "Query timed out" within {@code seconds}. */
    private static void assertTimedOut(String query, long seconds) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = fixture.query(query, "text/csv");
        assertEquals(503, response.statusCode(), response.body());
        assertEquals("Query timed out\n", response.body());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < seconds);
    }

    @Test
    void malformedQuery_400WithTheParsersMessage() throws Exception {
        String broken = "SELECT * WHERE { ?s ?p }";
        HttpResponse<String> get = fixture.query(broken, "text/csv");
        assertEquals(400, get.statusCode());
        assertEquals("Parse error: Encountered \" \"}\" \"} \"\" at line 1, column 24.\n", get.body());
        assertEquals("Parse error: " + parserMessage(() -> QueryFactory.create(broken)) + "\n", get.body());
        HttpResponse<String> body = fixture.send(HttpRequest.newBuilder(URI.create(fixture.base() + "/kg/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("SELEC * WHERE { ?s ?p ?o }")).build());
        assertEquals(400, body.statusCode());
        assertEquals("Parse error: Lexical error at line 1, column 6.  Encountered: '32' (32), after prefix "
                + "\"SELEC\"\n", body.body());
        HttpResponse<String> empty = fixture.query("", "text/csv");
        assertEquals(400, empty.statusCode());
        assertEquals("SPARQL Query: Empty query string\n", empty.body());
    }

    @Test
    void malformedUpdate_400WithTheParsersMessage() throws Exception {
        HttpResponse<String> response = fixture.postForm("/kg/update", "update", "INSERT DATA { <urn:x:a> <urn:x:b> }",
                null, ServerFixture.PASSWORD);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().startsWith("Encountered \" \"}\" \"} \"\" at line 1, column 35.\n"
                + "Was expecting one of:\n"), response.body());
        assertEquals(Integer.toString(SeedCounts.UNION_TRIPLES),
                fixture.scalar("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
    }

    @Test
    void limits_projectConfiguration_theDefaults() throws Exception {
        StoreConfig config = StoreConfig.read(StoreFixture.CONFIG, new StoreLayout(dir.resolve("other")));
        assertEquals(Optional.of("100000"), config.serverSetting(ServerLimits.RESULT_LIMIT));
        assertEquals(Optional.of("1048576"), config.serverSetting(ServerLimits.BODY_LIMIT));
        assertEquals(Optional.of("16777216"), config.serverSetting(ServerLimits.UPDATE_BODY_LIMIT));
        assertEquals(ServerLimits.DEFAULTS, ServerLimits.of(config));
    }

    private static String parserMessage(Executable parse) {
        try {
            parse.execute();
        } catch (QueryParseException e) {
            return e.getMessage().lines().findFirst().orElse("");
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the query parsed");
    }

    private static long lines(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body().split("\r\n").length;
    }
}
