package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.SeedCounts;

/**
 * The VoID description's counts are those of the build, counted once per version of its dumps: an update through
 * {@code /kg/update} shows in the queries at once, not in the description of the build (until the next one).
 */
class VoidCountsTest {

    @TempDir
    static Path dir;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir, Duration.ofSeconds(30), Optional.of(ServerFixture.PASSWORD));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static long voidTriples() throws Exception {
        var response = fixture.get("/.well-known/void", "text/turtle");
        assertEquals(200, response.statusCode());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.TURTLE).parse(model);
        return model.createResource(VoidServlet.DATASET)
                .getRequiredProperty(model.createProperty(VoidServlet.VOID + "triples")).getLong();
    }

    @Test
    void update_countedByQueriesAtOnce_notByTheDescriptionOfTheBuild() throws Exception {
        assertEquals(SeedCounts.UNION_TRIPLES, voidTriples());
        String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> "
                + "<http://example.org/p> \"x\" } }";
        assertEquals(200, fixture.postForm("/kg/update", "update", insert, null, ServerFixture.PASSWORD)
                .statusCode());
        assertEquals(Integer.toString(SeedCounts.UNION_TRIPLES + 1),
                fixture.scalar("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        assertEquals(SeedCounts.UNION_TRIPLES, voidTriples());
    }
}
