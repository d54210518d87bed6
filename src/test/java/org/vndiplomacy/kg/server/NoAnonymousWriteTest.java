package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing writes to the store but an update with the admin's password: every path that could write (the update
 * endpoint without or with a wrong password, the Graph Store paths, the dataset's own path and the names the
 * Graph Store, upload and patch endpoints usually have, the admin endpoints of Fuseki, the paths the query UI
 * uploads to, the project's pages) is tried with PUT, POST, DELETE and PATCH and the bodies a write would send.
 * Each is refused with 4xx, and the store (every quad, of the default graph too, and the prefixes) is as before.
 */
class NoAnonymousWriteTest {

    private static final String TRIPLE = "<http://example.org/s> <http://example.org/p> \"written\" .\n";
    private static final String INSERT = "INSERT DATA { GRAPH <http://example.org/g> { " + TRIPLE + " } "
            + TRIPLE + " }";
    private static final String GRAPH = "graph=" + URLEncoder.encode("http://example.org/g", StandardCharsets.UTF_8);
    private static final List<String> PATHS = List.of(
            "/kg/update", "/kg/update?" + GRAPH, "/kg/get?" + GRAPH, "/kg/get?default",
            "/kg/get?graph=urn:x-arq:UnionGraph", "/kg?" + GRAPH, "/kg?default", "/kg", "/kg/", "/kg/sparql",
            "/kg/query", "/kg/sparql?" + GRAPH, "/kg/data?" + GRAPH, "/kg/data", "/kg/upload", "/kg/patch",
            "/kg/shacl?graph=default", "/kg/prefixes", "/kg/update/x",
            "/$/datasets", "/$/datasets?dbName=other&dbType=tdb2", "/$/datasets/kg", "/$/datasets/kg?state=offline",
            "/$/backup/kg", "/$/backups/kg", "/$/compact/kg", "/$/compact/kg?deleteOld=true", "/$/tasks",
            "/$/tasks/1", "/$/sleep", "/$/reload", "/$/upload", "/$/metrics", "/$/server", "/$/ping", "/$/stats",
            "/$/stats/kg", "/$/validate/update", "/$/validate/data",
            "/", "/index.html", "/dataset/kg/upload", "/#/dataset/kg/upload",
            "/about", "/id/country/us", "/search?q=x", "/ontology", "/ontology.ttl", "/viz/", "/viz/graph.json",
            "/.well-known/void", "/dumps/vn-diplomacy-kg.nq.gz", "/assets/site.css");
    private static final List<String> METHODS = List.of("PUT", "POST", "DELETE", "PATCH");
    /** What a write would send: a graph, an update as a form and as a body, a file upload, an RDF Patch. */
    private static final List<String[]> BODIES = List.of(
            new String[] {"application/n-triples", TRIPLE},
            new String[] {"text/turtle", TRIPLE},
            new String[] {"application/x-www-form-urlencoded", "update=" + URLEncoder.encode(INSERT,
                    StandardCharsets.UTF_8)},
            new String[] {"application/sparql-update", INSERT},
            new String[] {"multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"x.nt\"\r\nContent-Type: application/n-triples\r\n\r\n" + TRIPLE + "\r\n--b--\r\n"},
            new String[] {"application/rdf-patch", "A <http://example.org/s> <http://example.org/p> \"written\" .\n"});

    @TempDir
    static Path dir;
    static ServerFixture fixture;
    static String before;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir, Duration.ofSeconds(30), Optional.of(ServerFixture.PASSWORD));
        before = fingerprint();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /** The store: its quads (named and default graphs) and prefixes, as a count and an order-free sum. */
    static String fingerprint() {
        DatasetGraph dsg = fixture.server.getDataAccessPointRegistry().get(StoreAccess.SERVICE).getDataService()
                .getDataset();
        return Txn.calculateRead(dsg, () -> {
            long count = 0;
            long sum = 0;
            for (var it = dsg.find(); it.hasNext(); ) {
                Quad q = it.next();
                count++;
                sum += q.hashCode();
            }
            return count + " quads, sum " + sum + ", prefixes " + dsg.prefixes().getMapping();
        });
    }

    /**
     * Who tries: nobody, someone with a wrong password, and the admin, who may update (by POST, or PATCH as Fuseki
     * also allows) and do nothing else.
     */
    static Stream<String[]> attempts() {
        List<String[]> attempts = new ArrayList<>();
        for (String who : List.of("anonymous", "wrong", "admin")) {
            for (String path : PATHS) {
                for (String method : METHODS) {
                    boolean update = path.startsWith("/kg/update") && Set.of("POST", "PATCH").contains(method);
                    if (!(who.equals("admin") && update)) {
                        attempts.add(new String[] {who, method, path});
                    }
                }
            }
        }
        return attempts.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("attempts")
    void write_refused_andTheStoreUnchanged(String who, String method, String path) throws Exception {
        for (String[] body : BODIES) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixture.base()
                    + path.replace("#", "%23"))).header("Content-Type", body[0])
                    .method(method, HttpRequest.BodyPublishers.ofString(body[1]));
            if (!who.equals("anonymous")) {
                request.header("Authorization", basic(who.equals("admin") ? ServerFixture.PASSWORD : "wrong"));
            }
            HttpResponse<String> response = fixture.send(request.build());
            int status = response.statusCode();
            assertTrue(Set.of(400, 401, 403, 404, 405, 415).contains(status), body[0] + ": " + status + " "
                    + response.body());
            if ((path.equals("/kg/update") || path.startsWith("/kg/update?")) && !who.equals("admin")) {
                assertEquals(401, status, "the update endpoint asks for the password");
            }
        }
        assertEquals(before, fingerprint());
    }

    @Test
    void update_withThePassword_changesTheStore_soTheFingerprintWouldSee() throws Exception {
        HttpResponse<String> insert = fixture.postForm("/kg/update", "update", INSERT, null, ServerFixture.PASSWORD);
        assertEquals(200, insert.statusCode(), insert.body());
        assertNotEquals(before, fingerprint());
        HttpResponse<String> delete = fixture.postForm("/kg/update", "update", INSERT.replace("INSERT", "DELETE"),
                null, ServerFixture.PASSWORD);
        assertEquals(200, delete.statusCode(), delete.body());
        assertEquals(before, fingerprint());
    }

    @Test
    void update_withoutAPasswordConfigured_403ForEveryone(@TempDir Path other) throws Exception {
        try (ServerFixture closed = new ServerFixture(other, Duration.ofSeconds(30), Optional.empty())) {
            HttpResponse<String> anonymous = closed.postForm("/kg/update", "update", INSERT, null, null);
            assertEquals(403, anonymous.statusCode());
            HttpResponse<String> guess = closed.postForm("/kg/update", "update", INSERT, null, "admin");
            assertEquals(403, guess.statusCode());
            assertEquals(Integer.toString(org.vndiplomacy.kg.SeedCounts.UNION_TRIPLES),
                    closed.scalar("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        }
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString((SparqlServer.ADMIN_USER + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
