package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.server.GraphShape;
import org.vndiplomacy.kg.server.SparqlServer;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.store.StoreFixture;
import org.vndiplomacy.kg.store.StoreLayout;

/**
 * {@code export-graph} on the seed store: GraphML, GEXF and JSON files holding the nodes and edges that the server's
 * {@code /viz/graph.json} holds; a bad format stops it with exit code 2 and nothing written.
 */
class ExportGraphCommandTest {

    @TempDir
    static Path dir;
    static Path db;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void buildStore() throws Exception {
        db = dir.resolve("db");
        StoreFixture.build(db);
    }

    @AfterAll
    static void release() {
        StoreFixture.release(new StoreLayout(db));
    }

    private int run(String... args) {
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** What one run wrote: the file's content, and the line it printed. */
    private record Exported(String content, String printed) {
    }

    private Exported export(String format, Path target) throws Exception {
        out.getBuffer().setLength(0);
        assertEquals(ExitCodes.OK, run("export-graph", "--db", db.toString(), "--format", format, "--output",
                target.toString()), err.toString());
        assertEquals("", err.toString());
        return new Exported(Files.readString(target, StandardCharsets.UTF_8), out.toString());
    }

    /**
     * The three formats, then a server over the same store (the command has closed it): each file holds the nodes
     * and edges of {@code /viz/graph.json}, and the command says how many.
     */
    @Test
    void graphmlGexfJson_holdTheServedGraph() throws Exception {
        Path graphmlFile = dir.resolve("partners.graphml");
        Path gexfFile = dir.resolve("partners.gexf");
        Path jsonFile = dir.resolve("partners.json");
        Exported graphml = export("graphml", graphmlFile);
        Exported gexf = export("gexf", gexfFile);
        Exported json = export("json", jsonFile);
        GraphShape served = served();
        assertEquals(52, served.nodes().size());
        assertEquals(11, served.edges().size());
        assertEquals(served, GraphShape.ofGraphml(graphml.content()));
        assertEquals(served, GraphShape.ofGexf(gexf.content()));
        assertEquals(served, GraphShape.ofJson(json.content()));
        assertEquals(graphmlFile.toAbsolutePath() + ": 52 nodes, 11 edges\n", graphml.printed());
        assertEquals(gexfFile.toAbsolutePath() + ": 52 nodes, 11 edges\n", gexf.printed());
        assertEquals(jsonFile.toAbsolutePath() + ": 52 nodes, 11 edges\n", json.printed());
    }

    private static GraphShape served() throws Exception {
        FusekiServer server = SparqlServer.create(StoreConfig.read(StoreFixture.CONFIG, new StoreLayout(db)), 0,
                Optional.empty());
        server.start();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.getHttpPort() + "/viz/graph.json")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode());
            return GraphShape.ofJson(response.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void unknownFormat_exit2WithItsMessageAndNothingWritten() {
        Path target = dir.resolve("partners.pdf");
        assertEquals(ExitCodes.INVALID, run("export-graph", "--db", db.toString(), "--format", "pdf", "--output",
                target.toString()));
        assertEquals("error: --format: expected graphml, gexf or json, got \"pdf\"\n", err.toString());
        assertEquals("", out.toString());
        assertFalse(Files.exists(target));
    }
}
