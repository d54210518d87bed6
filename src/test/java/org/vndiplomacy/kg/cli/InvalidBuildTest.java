package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vndiplomacy.kg.store.StoreFixture;
import org.vndiplomacy.kg.store.StoreLayout;

/**
 * The invalid cases of {@link InvalidInputTest} given to {@code build} over a store already built from the valid
 * base: each exits 2 with the case's expected stderr, and leaves every file of the store as it was and the store
 * answering as before. So do files too large to commit, written here: an annotation of 50 MiB, an article of 10 MiB.
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

    @Test
    void build_annotationOf50MiB_refusedByItsSizeAndTheStoreAsBefore() throws IOException {
        Path seeds = baseCopy("huge-annotation");
        Path file = seeds.resolve("annotations/a.json");
        String json = Files.readString(file);
        String note = "\"note\": \"article undated: no attestedOn";
        int cut = json.indexOf(note) + note.length();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(json.substring(0, cut).getBytes(StandardCharsets.UTF_8));
            byte[] padding = " (a long note)".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 50L << 20; written += padding.length) {
                out.write(padding);
            }
            out.write(json.substring(cut).getBytes(StandardCharsets.UTF_8));
        }

        assertRefusedAsBefore(seeds, String.format(Locale.ROOT, "seeds/annotations/a.json: %,d bytes, more than the "
                + "16,777,216 bytes (16 MiB) an annotation file may have", Files.size(file)));
    }

    @Test
    void build_articleOf10MiB_refusedByItsSizeAndTheStoreAsBefore() throws IOException {
        Path seeds = baseCopy("huge-article");
        Path file = seeds.resolve("articles/a.txt");
        String text = Files.readString(file);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            byte[] more = ("\n" + text).repeat(100).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 10L << 20; written += more.length) {
                out.write(more);
            }
        }

        assertRefusedAsBefore(seeds, String.format(Locale.ROOT, "seeds/articles/a.txt: %,d bytes, more than the "
                + "2,097,152 bytes (2 MiB) an article may have", Files.size(file)));
    }

    private static void assertRefusedAsBefore(Path seeds, String problem) throws IOException {
        InvalidInputTest.Run run = build(seeds);
        StoreFixture.release(new StoreLayout(db));

        assertEquals(ExitCodes.INVALID, run.exit(), String.join("\n", run.err()));
        assertEquals(List.of(problem, "error: 1 problem(s); nothing was written"), run.err());
        assertEquals(files, storeFiles(), "the store's files changed");
        assertEquals(answers, graphs(), "the store answers differently");
    }

    /** A copy of the valid base's seeds, to spoil. */
    private static Path baseCopy(String name) throws IOException {
        Path from = InvalidInputTest.ROOT.resolve(InvalidInputTest.BASE).resolve("seeds");
        Path seeds = dir.resolve(name).resolve("seeds");
        for (String folder : List.of("articles", "annotations")) {
            Files.createDirectories(seeds.resolve(folder));
            try (Stream<Path> files = Files.list(from.resolve(folder))) {
                for (Path source : files.toList()) {
                    Files.copy(source, seeds.resolve(folder).resolve(source.getFileName()));
                }
            }
        }
        return seeds;
    }

    /** The store's files but the TDB2 lock files, which every opening rewrites with the holder's process id. */
    private static Map<String, String> storeFiles() throws IOException {
        Map<String, String> all = BuildCommandTest.files(db);
        all.keySet().removeIf(name -> name.endsWith("tdb.lock"));
        return all;
    }

    private static InvalidInputTest.Run build(String name) {
        return build(InvalidInputTest.ROOT.resolve(name).resolve("seeds"));
    }

    private static InvalidInputTest.Run build(Path seeds) {
        return InvalidInputTest.run("build", "--seeds", seeds.toString(), "--ontology", "ontology", "--db",
                db.toString(), "--config", config.toString());
    }

    private static List<String> graphs() {
        InvalidInputTest.Run run = InvalidInputTest.run("query", "--db", db.toString(), "--format", "csv", GRAPHS);
        assertEquals(0, run.exit(), String.join("\n", run.err()));
        return run.out();
    }
}
