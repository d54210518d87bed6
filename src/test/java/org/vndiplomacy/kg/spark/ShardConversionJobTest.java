package org.vndiplomacy.kg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.TreeCopy;
import org.vndiplomacy.kg.cli.MainCommand;
import org.vndiplomacy.kg.convert.IriMinter;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.Problem;

/**
 * The sharded conversion in Spark's local mode, two threads: the union of its files is, graph by graph, the dataset
 * {@code convert --format nquads} writes for the same folder; its problems are those {@code validate} reports.
 */
class ShardConversionJobTest {

    private static final Path ONTOLOGY = Path.of("ontology");

    private static JavaSparkContext spark;
    private static DatasetGraph seedsConverted;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = ShardConversionJob.context("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void seeds_threeShards_unionIsConvertOutput() throws Exception {
        Path output = dir.resolve("shards");
        ShardConversionJob.Report report = run(Path.of("seeds"), output, 3);
        DatasetGraph expected = convertSeeds();
        assertEquals(List.of("derived.nq", "entities.nq", "part-00000.nq", "part-00001.nq", "part-00002.nq", "shared.nq",
                "statistics.nq"),
                names(output));
        assertSameGraphs(expected, output);
        assertEquals(new ShardConversionJob.Report(3, 5, 108, count(expected), 10, report.seconds()), report);
        // the conflicts are between figures of articles in different shards
        assertEquals(10, expected.getGraph(node(IriMinter.graph("derived"))).size());
    }

    @Test
    void generatedCorpus_threeShards_unionIsConvertOutput() throws Exception {
        Path corpus = dir.resolve("corpus");
        cli("generate", "--articles", "24", "--seed", "42", "--output", corpus.toString());
        Path output = dir.resolve("shards");
        ShardConversionJob.Report report = run(corpus, output, 3);
        DatasetGraph expected = convert(corpus);
        assertSameGraphs(expected, output);
        assertEquals(3, report.shards());
        assertEquals(24, report.articles());
        assertEquals(count(expected), report.quads());
    }

    @Test
    void moreShardsThanArticles_emptyShardsWriteNothing() throws Exception {
        Path output = dir.resolve("shards");
        ShardConversionJob.Report report = run(Path.of("seeds"), output, 8);
        assertEquals(5, report.shards());
        assertEquals(9, names(output).size(), names(output).toString());
        assertSameGraphs(convertSeeds(), output);
    }

    @Test
    void nameThatDiffersInAnotherShard_sameProblemsAsValidateAndNothingWritten() throws Exception {
        Path seeds = copySeeds();
        Path file = seeds.resolve("annotations/004_2190a0364f6f74ce.json");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
        ObjectNode entity = (ObjectNode) root.get("entities").get(0);
        assertEquals("official/bui-thanh-son", entity.get("ref").asText());
        entity.put("labelEn", "Bui Thanh Son (minister)");
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);

        Path output = dir.resolve("shards");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(seeds, output, 5));
        List<String> problems = e.problems().stream().map(Problem::toString).toList();
        assertEquals(List.of("seeds/annotations/004_2190a0364f6f74ce.json: $.entities[0].labelEn: \"Bui Thanh Son "
                + "(minister)\" differs from \"Bui Thanh Son\" given for official/bui-thanh-son in "
                + "seeds/annotations/000_18e04e0ee17e3dbf.json (one entity, one name per language)"), problems);
        List<String> validate = new ArrayList<>(cliErrors("validate", "--seeds", seeds.toString()));
        assertEquals("error: 1 problem(s)", validate.remove(validate.size() - 1).replaceFirst(";.*", ""));
        assertEquals(validate, problems);
        assertFalse(Files.exists(output));
    }

    @Test
    void articleWithoutAnnotation_refusedWithItsName() throws Exception {
        Path seeds = copySeeds();
        Files.writeString(seeds.resolve("articles/005_new.txt"), "Hà Nội, ngày 2/4/2024", StandardCharsets.UTF_8);
        Path output = Files.createDirectories(dir.resolve("shards"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run(seeds, output, 2));
        assertEquals(List.of("seeds/articles/005_new.txt: no annotation file (expected seeds/annotations/005_new.json);"
                + " the sharded conversion does not run the extractor, so annotate the article first (extract, or by"
                + " hand)"), e.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of(), names(output));
    }

    @Test
    void outputNotEmpty_refusedBeforeReading() throws Exception {
        Path output = Files.createDirectories(dir.resolve("shards"));
        Files.writeString(output.resolve("old.nq"), "");
        IOException e = assertThrows(IOException.class, () -> run(Path.of("seeds"), output, 2));
        assertEquals("--output: " + output.toAbsolutePath() + " is not empty (expected a new or empty folder)",
                e.getMessage());
        assertEquals(List.of("old.nq"), names(output));
    }

    private static ShardConversionJob.Report run(Path seeds, Path output, int shards) throws Exception {
        return ShardConversionJob.run(spark, new ShardConversionJob.Settings(seeds, ONTOLOGY, output, shards));
    }

    /** What {@code convert --format nquads} writes for the project's seeds (once for all tests). */
    private DatasetGraph convertSeeds() throws IOException {
        if (seedsConverted == null) {
            seedsConverted = convert(Path.of("seeds"));
        }
        return seedsConverted;
    }

    /** What {@code convert --format nquads} writes for the folder, read back. */
    private DatasetGraph convert(Path seeds) throws IOException {
        Path file = dir.resolve("convert-" + seeds.getFileName() + ".nq");
        cli("convert", "--seeds", seeds.toString(), "--format", "nquads", "--output", file.toString());
        return RDFDataMgr.loadDatasetGraph(file.toString());
    }

    /** Every named graph of {@code expected} is isomorphic to the same graph in the union of the files; no other. */
    private static void assertSameGraphs(DatasetGraph expected, Path output) throws IOException {
        DatasetGraph union = DatasetGraphFactory.create();
        Set<Node> seen = new HashSet<>();
        for (String name : names(output)) {
            DatasetGraph file = RDFDataMgr.loadDatasetGraph(output.resolve(name).toString());
            file.listGraphNodes().forEachRemaining(graph -> assertTrue(seen.add(graph), graph + " in two files"));
            file.find().forEachRemaining(union::add);
        }
        assertEquals(graphNames(expected), graphNames(union));
        for (Node graph : seen) {
            Graph want = expected.getGraph(graph);
            Graph got = union.getGraph(graph);
            assertTrue(want.isIsomorphicWith(got), graph + ": " + got.size() + " triples, expected " + want.size());
        }
        assertTrue(union.getDefaultGraph().isEmpty());
    }

    private static Set<String> graphNames(DatasetGraph dataset) {
        Set<String> names = new TreeSet<>();
        dataset.listGraphNodes().forEachRemaining(node -> names.add(node.getURI()));
        return names;
    }

    private static long count(DatasetGraph dataset) {
        long[] n = {0};
        dataset.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    private static Node node(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void cli(String... args) {
        StringWriter err = new StringWriter();
        int exit = MainCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertEquals(0, exit, err.toString());
    }

    private static List<String> cliErrors(String... args) {
        StringWriter err = new StringWriter();
        int exit = MainCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertEquals(2, exit, err.toString());
        return err.toString().lines().toList();
    }

    private Path copySeeds() throws IOException {
        return TreeCopy.copy(Path.of("seeds"), dir.resolve("seeds"));
    }
}
