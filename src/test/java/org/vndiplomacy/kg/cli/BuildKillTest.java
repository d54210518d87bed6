package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.store.BuildStamp;
import org.vndiplomacy.kg.store.StoreFixture;
import org.vndiplomacy.kg.store.StoreLayout;

/**
 * A build killed with SIGKILL in the middle of its write transaction (a child JVM, stopped right after it wrote
 * a graph) leaves the previous store: it opens and answers exactly as before, and the next build completes.
 */
class BuildKillTest {

    private static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
            + "GROUP BY ?g ORDER BY ?g";
    private static final String SEARCH = "SELECT DISTINCT ?s WHERE { ?s text:query '\"bui thanh son\"' } ORDER BY ?s";

    @TempDir
    Path dir;

    @Test
    void build_killedInsideItsTransaction_storeAnswersAsBefore() throws Exception {
        SeedCopy copy = SeedCopy.in(dir);
        Path seeds = copy.seeds();
        Path ontology = copy.ontology();
        Path db = dir.resolve("db");
        assertEquals(0, run("build", "--seeds", seeds.toString(), "--ontology", ontology.toString(), "--db",
                db.toString()));
        String before = run(db, PER_GRAPH) + run(db, SEARCH);
        String stamp = Files.readString(db.resolve("build.properties"));
        StoreFixture.release(new StoreLayout(db));
        copy.dropFact("000_18e04e0ee17e3dbf.json", "obs-fdi-2023");

        List<String> lines = killMidway(seeds, ontology, db);

        assertEquals("PAUSED after REPLACED https://w3id.org/vn-diplomacy/graph/article/000-18e04e0ee17e3dbf",
                lines.get(lines.size() - 1), lines.toString());
        assertEquals(stamp, Files.readString(db.resolve("build.properties")));
        assertTrue(BuildStamp.interrupted(new StoreLayout(db)), "the interrupted build left its mark");
        assertTrue(BuildStamp.read(new StoreLayout(db)).isEmpty(), "so the store counts as stale");
        assertEquals(before, run(db, PER_GRAPH) + run(db, SEARCH));
        StoreFixture.release(new StoreLayout(db));

        assertEquals(0, run("build", "--seeds", seeds.toString(), "--ontology", ontology.toString(), "--db",
                db.toString()));
        assertNotEquals(before, run(db, PER_GRAPH) + run(db, SEARCH));
        assertTrue(!BuildStamp.interrupted(new StoreLayout(db)), "a complete build clears the mark");
        StoreFixture.release(new StoreLayout(db));
    }

    private static List<String> killMidway(Path seeds, Path ontology, Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PausingBuild.class.getName(), seeds.toString(), ontology.toString(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("PAUSED") || line.equals("FINISHED")) {
                    break;
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child JVM did not die");
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        return lines;
    }

    private static int run(String... args) {
        StringWriter err = new StringWriter();
        return MainCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    private static String run(Path db, String query) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "query", "--db", db.toString(), "--format", "csv", query);
        assertEquals(0, code, err.toString());
        return out.toString();
    }
}
