package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vndiplomacy.kg.store.StoreFixture;
import org.vndiplomacy.kg.store.StoreLayout;

/**
 * The invalid cases of {@link InvalidInputTest} given to {@code build} over a store already built from the valid
 * base: each exits 2 with the case's expected stderr, and leaves every file of the store as it was and the store
 * answering as before.
 */
class InvalidBuildTest {

    private static final String GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g "
            + "ORDER BY ?g";

    @TempDir
    static Path dir;

    private static Path db;
    private static Path config;
    private static Map<String, String> files;
    private static List<String> answers;

    @BeforeAll
    static void buildTheValidBase() throws IOException {
        db = dir.resolve("db");
        Files.createDirectories(dir.resolve("fuseki-config"));
        config = Files.copy(StoreFixture.CONFIG, dir.resolve("fuseki-config/config.ttl"));
        InvalidInputTest.Run run = build(InvalidInputTest.BASE);
        assertEquals(0, run.exit(), String.join("\n", run.err()));
        StoreFixture.release(new StoreLayout(db));
        files = storeFiles();
        answers = graphs();
    }

    @AfterAll
    static void release() {
        StoreFixture.release(new StoreLayout(db));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.vndiplomacy.kg.cli.InvalidInputTest#cases")
    void build_invalidCase_exit2ExpectedStderrAndTheStoreAsBefore(String name) throws IOException {
        InvalidInputTest.Run run = build(name);
        StoreFixture.release(new StoreLayout(db));

        String shown = name + " printed:\n" + String.join("\n", run.err());
        assertEquals(ExitCodes.INVALID, run.exit(), shown);
        assertEquals(InvalidInputTest.expected(name), run.err(), shown);
        assertEquals(List.of(), run.out(), name + ": stdout");
        assertEquals(files, storeFiles(), name + ": the store's files changed");
        assertEquals(answers, graphs(), name + ": the store answers differently");
    }

    /** The store's files but the TDB2 lock files, which every opening rewrites with the holder's process id. */
    private static Map<String, String> storeFiles() throws IOException {
        Map<String, String> all = BuildCommandTest.files(db);
        all.keySet().removeIf(name -> name.endsWith("tdb.lock"));
        return all;
    }

    private static InvalidInputTest.Run build(String name) {
        return InvalidInputTest.run("build", "--seeds", InvalidInputTest.ROOT.resolve(name).resolve("seeds").toString(),
                "--ontology", "ontology", "--db", db.toString(), "--config", config.toString());
    }

    private static List<String> graphs() {
        InvalidInputTest.Run run = InvalidInputTest.run("query", "--db", db.toString(), "--format", "csv", GRAPHS);
        assertEquals(0, run.exit(), String.join("\n", run.err()));
        return run.out();
    }
}
