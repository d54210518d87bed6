package org.vndiplomacy.kg.cli;

import org.vndiplomacy.kg.SeedCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.store.StoreFixture;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.store.StoreLayout;

/** {@code build} and {@code query} on a copy of the seeds, with a real TDB2 store in a temporary folder. */
class BuildCommandTest {

    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String FACTS_003 = "SELECT (COUNT(?f) AS ?n) WHERE { GRAPH ?g { ?f prov:wasDerivedFrom "
            + "article:003-9d6eedfe7b931b05 } }";

    @TempDir
    Path dir;

    private SeedCopy copy;
    private Path seeds;
    private Path ontology;
    private Path db;
    private Path config;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void copyInputs() throws IOException {
        copy = SeedCopy.in(dir);
        seeds = copy.seeds();
        ontology = copy.ontology();
        db = dir.resolve("db");
        Files.createDirectories(dir.resolve("fuseki-config"));
        config = Files.copy(StoreFixture.CONFIG, dir.resolve("fuseki-config/config.ttl"));
    }

    @AfterEach
    void release() {
        if (Files.isDirectory(db.resolve("dataset"))) {
            StoreFixture.release(new StoreLayout(db));
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private int build() {
        return run("build", "--seeds", seeds.toString(), "--ontology", ontology.toString(), "--db", db.toString(),
                "--config", config.toString());
    }

    private String query(String format, String query) {
        assertEquals(0, run("query", "--db", db.toString(), "--format", format, query), err.toString());
        return out.toString();
    }

    /** The graph lines of the build's output: "added article/000-...", without the triple counts. */
    private List<String> graphLines() {
        return out.toString().lines().filter(l -> l.startsWith("      "))
                .map(l -> l.strip().replaceAll("\\s+", " ").replaceAll(" [0-9,]+ triples$", "")).toList();
    }

    @Test
    void build_fresh_addsEveryGraphAndSummarises() {
        assertEquals(0, build(), err.toString());
        assertEquals(List.of("added article/000-18e04e0ee17e3dbf", "added article/001-fd340b40d8971c87",
                "added article/002-854a89eabb678019", "added article/003-9d6eedfe7b931b05",
                "added article/004-2190a0364f6f74ce", "added derived", "added entities", "added ontology", "added reference",
                "added shapes", "added statistics"), graphLines());
        String last = out.toString().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.matches("built: 5 articles, " + SeedCounts.FACTS + " facts, "
                + SeedCounts.grouped(SeedCounts.QUADS) + " triples in " + SeedCounts.GRAPHS
                + " graphs \\(" + SeedCounts.GRAPHS + " written or removed, 0 unchanged\\), "
                + SeedCounts.grouped(SeedCounts.LABELS_INDEXED) + " labels indexed, [0-9.]+ s"), last);
        assertEquals("n\r\n" + SeedCounts.UNION_TRIPLES + "\r\n", query("csv", COUNT));
    }

    @Test
    void build_oneArticleChanged_rewritesOnlyThatArticlesGraphAndTheStatistics() throws IOException {
        assertEquals(0, build(), err.toString());
        assertEquals("n\r\n9\r\n", query("csv", FACTS_003));
        copy.dropFact("003_9d6eedfe7b931b05.json", "obs-mofa-working-delegations-to-localities");

        assertEquals(0, build(), err.toString());

        assertEquals(List.of("unchanged article/000-18e04e0ee17e3dbf", "unchanged article/001-fd340b40d8971c87",
                "unchanged article/002-854a89eabb678019", "replaced article/003-9d6eedfe7b931b05",
                "unchanged article/004-2190a0364f6f74ce", "unchanged derived", "unchanged entities", "unchanged ontology",
                "unchanged reference", "unchanged shapes", "replaced statistics"), graphLines());
        assertEquals("n\r\n8\r\n", query("csv", FACTS_003));
    }

    @Test
    void build_badInput_exit2AndTheStoreAnswersAsBefore() throws IOException {
        assertEquals(0, build(), err.toString());
        String before = query("csv", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g "
                + "ORDER BY ?g");
        String stamp = Files.readString(db.resolve("build.properties"));
        Path file = seeds.resolve("annotations/001_fd340b40d8971c87.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"start\": (\\d+)", "\"start\": 999999"));

        assertEquals(ExitCodes.INVALID, build());

        assertTrue(err.toString().contains("is past the end of the article"), err.toString());
        assertTrue(err.toString().endsWith("problem(s); nothing was written\n"), err.toString());
        assertEquals(stamp, Files.readString(db.resolve("build.properties")));
        StoreFixture.release(new StoreLayout(db));
        assertEquals(before, query("csv", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g "
                + "ORDER BY ?g"));
    }

    @Test
    void build_graphsOutsideTheProject_listedAsKeptSoTheLinesAddUpToTheTotal() throws Exception {
        assertEquals(0, build(), err.toString());
        Dataset store = StoreConfig.read(config, new StoreLayout(db)).assemble();
        try {
            Txn.executeWrite(store, () -> UpdateExecution.dataset(store).update("""
                    INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/p> 1, 2 }
                                  <http://example.org/a> <http://example.org/p> 3 }""").execute());
        } finally {
            store.close();
        }

        assertEquals(0, build(), err.toString());

        List<String> lines = out.toString().lines().filter(l -> l.startsWith("      ")).toList();
        assertEquals(List.of("      kept      http://example.org/g                             2 triples",
                "      kept      (default graph)                                  1 triples"),
                lines.subList(lines.size() - 2, lines.size()));
        assertEquals(List.of("unchanged article/000-18e04e0ee17e3dbf", "unchanged article/001-fd340b40d8971c87",
                "unchanged article/002-854a89eabb678019", "unchanged article/003-9d6eedfe7b931b05",
                "unchanged article/004-2190a0364f6f74ce", "unchanged derived", "unchanged entities", "unchanged ontology",
                "unchanged reference", "unchanged shapes", "unchanged statistics"),
                graphLines().subList(0, SeedCounts.GRAPHS));
        long sum = lines.stream().mapToLong(l -> Long.parseLong(l.replaceAll(".* ([0-9,]+) triples$", "$1")
                .replace(",", ""))).sum();
        assertEquals(SeedCounts.QUADS + 3, sum);
        String last = out.toString().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.matches("built: 5 articles, " + SeedCounts.FACTS + " facts, "
                + SeedCounts.grouped(SeedCounts.QUADS + 3) + " triples in " + (SeedCounts.GRAPHS + 2)
                + " graphs \\(0 written or removed, " + SeedCounts.GRAPHS + " unchanged, 2 kept\\), "
                + SeedCounts.grouped(SeedCounts.LABELS_INDEXED) + " labels indexed, [0-9.]+ s"), last);
    }

    @Test
    void build_storeHeldOpen_refusedBeforeValidatingAndTheStoreIsAsItWas() throws Exception {
        assertEquals(0, build(), err.toString());
        StoreFixture.release(new StoreLayout(db));
        Dataset held = StoreConfig.read(config, new StoreLayout(db)).assemble();
        Map<String, String> before;
        try {
            before = files(db);

            assertEquals(ExitCodes.IO, build());

            assertEquals("", out.toString(), "nothing validated, converted or loaded");
            assertEquals("error: the store is in use by another process (its text index is locked); stop it, or "
                    + "use another --db, and try again\n", err.toString());
            assertEquals(before, files(db));
        } finally {
            held.close();
        }
        assertFalse(Files.exists(db.resolve("build.inprogress")));
        assertFalse(step().stale(), "so the next serve does not build again");
    }

    /** Every file under a folder with its size, time and (for the stamp) content. */
    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.size(p) + " " + Files.getLastModifiedTime(p)
                        + (p.endsWith("build.properties") ? " " + Files.readString(p) : ""));
            }
        }
        return files;
    }

    @Test
    void query_formats_tableJsonTsvAndTextSearch() {
        assertEquals(0, build(), err.toString());
        String search = "SELECT DISTINCT ?s WHERE { ?s text:query '\"hoa ky\"' } ORDER BY ?s";
        assertEquals("""
                --------------
                | s          |
                ==============
                | country:us |
                --------------
                """, query("table", search).replace("\r", ""));
        assertEquals("?s\n<https://w3id.org/vn-diplomacy/id/country/us>\n", query("tsv", search));
        assertTrue(query("json", search).contains("\"value\": \"https://w3id.org/vn-diplomacy/id/country/us\""),
                out.toString());
    }

    @Test
    void query_runaway_stoppedByTimeoutExit1NothingPrinted() throws IOException {
        assertEquals(0, build(), err.toString());
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

        assertEquals(ExitCodes.IO, run("query", "--db", db.toString(), "--timeout", "1", runaway));
        assertEquals("", out.toString());
        assertEquals("error: the query was stopped after 1 s (--timeout SECONDS allows longer); nothing was "
                + "printed\n", err.toString());

        Files.writeString(config, Files.readString(config).replace("\"30000\"", "\"1500\""));
        assertEquals(ExitCodes.IO, run("query", "--db", db.toString(), "--config", config.toString(), runaway));
        assertEquals("error: the query was stopped after 1.5 s (--timeout SECONDS allows longer); nothing was "
                + "printed\n", err.toString(), "the configuration's timeout by default");

        assertEquals(ExitCodes.INVALID, run("query", "--db", db.toString(), "--timeout", "0", COUNT));
        assertEquals("error: --timeout: expected a positive number of seconds, got 0\n", err.toString());
    }

    @Test
    void query_graphResults_tableTurtleJsonJsonLdCsvAndTsvRefused() {
        assertEquals(0, build(), err.toString());
        String construct = "CONSTRUCT { country:us rdfs:label ?l } WHERE { country:us rdfs:label ?l }";
        Model expected = parse("""
                <https://w3id.org/vn-diplomacy/id/country/us> <http://www.w3.org/2000/01/rdf-schema#label>
                    "Hoa Kỳ"@vi, "United States"@en .""", Lang.TURTLE);
        assertIsomorphic(expected, parse(query("table", construct), Lang.TURTLE));
        assertIsomorphic(expected, parse(query("json", construct), Lang.JSONLD));

        String describe = "DESCRIBE country:us";
        Model turtle = parse(query("table", describe), Lang.TURTLE);
        assertTrue(turtle.containsAll(expected), turtle.toString());
        assertIsomorphic(turtle, parse(query("json", describe), Lang.JSONLD));

        for (String format : List.of("csv", "tsv")) {
            for (String q : List.of(construct, describe)) {
                assertEquals(ExitCodes.INVALID, run("query", "--db", db.toString(), "--format", format, q));
                assertEquals("", out.toString());
                assertEquals("error: --format " + format + ": a " + q.substring(0, q.indexOf(' ')) + " query gives a "
                        + "graph, not a table; use --format table (Turtle) or json (JSON-LD)\n", err.toString());
            }
        }
    }

    private static Model parse(String text, Lang lang) {
        return RDFParser.fromString(text, lang).toModel();
    }

    private static void assertIsomorphic(Model expected, Model actual) {
        assertTrue(expected.isIsomorphicWith(actual), "expected " + expected + " but was " + actual);
    }

    @Test
    void query_rqFileAndParseError() throws IOException {
        assertEquals(0, build(), err.toString());
        Path rq = dir.resolve("count.rq");
        Files.writeString(rq, "# how many triples\n" + COUNT + "\n");
        assertEquals("n\r\n" + SeedCounts.UNION_TRIPLES + "\r\n", query("csv", rq.toString()));
        Files.writeString(rq, "SELECT ?s WHERE { ?s ?p }\n");
        assertEquals(ExitCodes.INVALID, run("query", "--db", db.toString(), rq.toString()));
        assertEquals(rq + ": 1:25: not a SPARQL query: Encountered \" \"}\" \"} \"\" at line 1, column 25.\n"
                + "error: 1 problem(s)\n", err.toString());
    }

    private BuildStep step() throws Exception {
        InputOptions input = new InputOptions();
        input.seeds = seeds;
        input.ontology = ontology;
        StoreLayout layout = new StoreLayout(db);
        return new BuildStep(input, layout, StoreConfig.read(config, layout),
                new PrintWriter(new StringWriter()), BuildStep.none());
    }

    @Test
    void stale_afterAnInputOrTheConfigurationChanged() throws Exception {
        assertTrue(step().stale(), "no store yet");
        assertEquals(0, build(), err.toString());
        assertFalse(step().stale(), "just built");
        Path seed = seeds.resolve("annotations/002_854a89eabb678019.json");
        Files.setLastModifiedTime(seed, FileTime.fromMillis(Files.getLastModifiedTime(seed).toMillis() + 2000));
        assertTrue(step().stale(), "a seed was touched");
        assertEquals(0, build(), err.toString());
        assertFalse(step().stale());
        Files.writeString(config, Files.readString(config).replace("\"30000\"", "\"20000\""));
        assertTrue(step().stale(), "the Fuseki configuration changed");
        assertEquals(0, build(), err.toString());
        assertFalse(step().stale());
        try (Stream<Path> index = Files.walk(db.resolve("text-index"))) {
            for (Path p : index.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertTrue(step().stale(), "the text index is gone");
    }

    @Test
    void dump_writesGzippedDumpsWithChecksumsLikeBuild() throws IOException {
        assertEquals(0, build(), err.toString());
        String manifest = Files.readString(db.resolve("dumps/dumps.properties"));
        Path other = dir.resolve("other");
        assertEquals(0, run("dump", "--db", db.toString(), "--output", other.toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size(), out.toString());
        assertTrue(lines.get(0).matches("[0-9a-f]{64}  " + java.util.regex.Pattern.quote(
                other.resolve("vn-diplomacy-kg.nq.gz").toString()) + " \\([0-9,]+ bytes\\)"), lines.get(0));
        String sha = lines.get(0).substring(0, 64);
        assertTrue(manifest.contains("sha256.0=" + sha), "the same content gives the same checksum as build's");
        assertTrue(lines.get(2).matches("version \\d{4}-\\d{2}-\\d{2}-" + sha.substring(0, 8)), lines.get(2));
    }

    @Test
    void query_noStore_exit1() {
        assertEquals(ExitCodes.IO, run("query", "--db", db.toString(), COUNT));
        assertEquals("error: no built store in " + db.toAbsolutePath() + " (run the build command first)\n",
                err.toString());
    }
}
