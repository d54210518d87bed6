package org.vndiplomacy.kg.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Triple;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.vndiplomacy.kg.convert.ConflictCollector;
import org.vndiplomacy.kg.convert.DatasetWriter;
import org.vndiplomacy.kg.convert.DerivedGraph;
import org.vndiplomacy.kg.convert.EntityCollector;
import org.vndiplomacy.kg.convert.EntityGraph;
import org.vndiplomacy.kg.convert.IriMinter;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.convert.SeedConversion;
import org.vndiplomacy.kg.convert.ShapeCheck;
import org.vndiplomacy.kg.convert.StatisticsGraph;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.Problem;
import org.vndiplomacy.kg.validate.LineSorter;
import org.vndiplomacy.kg.validate.SeedFiles;
import org.vndiplomacy.kg.vocab.VND;
import scala.Tuple2;

/**
 * The conversion of a seeds folder sharded on Spark. The map step slices the annotation files (in name order) into
 * shards, and each shard ({@link ShardConverter}) validates, converts and checks its articles and writes
 * {@code part-NNNNN.nq}. The driver then runs the checks across shards ({@link CrossShardCheck}) and the reduce step:
 * the figures of all shards grouped by measure, compared within each group ({@link ConflictCollector#conflicts}),
 * give the conflicts of {@code derived.nq}; what the shards' graphs say of their entities, each line once, gives
 * {@code entities.nq}; the figures of every graph give {@code statistics.nq}. The ontology, shapes and reference graphs go once into
 * {@code shared.nq}. Together the files hold the graphs {@code convert} writes for the same folder. Nothing is left
 * in the output folder when any problem is found.
 */
public final class ShardConversionJob {

    /** The file of the ontology, shapes and reference graphs. */
    public static final String SHARED = "shared.nq";
    /** The file of the derived graph. */
    public static final String DERIVED = "derived.nq";

    /** The file of the entities graph. */
    public static final String ENTITIES = "entities.nq";

    /** The file of the statistics graph. */
    public static final String STATISTICS = "statistics.nq";

    /** What to convert, where to, in how many shards. */
    public record Settings(Path seeds, Path ontology, Path output, int shards) {
        public Settings {
            Objects.requireNonNull(seeds, "seeds");
            Objects.requireNonNull(ontology, "ontology");
            Objects.requireNonNull(output, "output");
            if (shards < 1) {
                throw new IllegalArgumentException("shards: " + shards + " (expected 1 or more)");
            }
        }
    }

    /** What a run wrote: shards with articles, articles, facts, quads (all files), conflicts, seconds. */
    public record Report(int shards, long articles, long facts, long quads, long derived, double seconds) {
    }

    private ShardConversionJob() {
    }

    /** A Spark context for {@code master} ({@code local[2]}, or a cluster's), bound to the loopback, without UI. */
    public static JavaSparkContext context(String master) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName("vn-diplomacy-kg shard conversion")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        return new JavaSparkContext(conf);
    }

    /**
     * Runs the job. The output folder must be new or empty (on a cluster, a folder every executor sees).
     *
     * @throws InvalidInputException with every problem of every shard and across them; nothing is written then
     */
    public static Report run(JavaSparkContext spark, Settings settings) throws IOException, InvalidInputException {
        long start = System.nanoTime();
        OntologyFiles ontology = OntologyFiles.read(settings.ontology());
        SeedFiles seeds = new SeedFiles(settings.seeds());
        List<Problem> problems = new ArrayList<>(unannotated(seeds));
        List<String> files = seeds.annotationFiles().stream().map(p -> p.toAbsolutePath().toString()).toList();
        if (files.isEmpty()) {
            problems.add(new Problem(seeds.display(seeds.annotations()), "",
                    "no annotation files (*.json); expected one per article"));
        }
        Path output = settings.output().toAbsolutePath();
        boolean created = prepare(output);
        Path work = Files.createDirectories(output.resolve("incomplete"));
        try {
            List<ShardResult> shards = new ArrayList<>(files.isEmpty() ? List.of() : spark
                    .parallelize(files, settings.shards())
                    .mapPartitionsWithIndex(new ShardConverter(seeds.root(), settings.ontology(), work), false)
                    .collect());
            shards.sort(Comparator.comparingInt(ShardResult::index));
            CrossShardCheck across = new CrossShardCheck();
            for (ShardResult shard : shards) {
                shard.problems().forEach(failure -> problems.add(failure.problem()));
                across.add(shard);
            }
            problems.addAll(across.problems());
            failOn(problems);
            try (DerivedGraph derived = derive(spark, work, settings.shards());
                    EntityGraph entities = entities(spark, work, settings.shards(), ontology)) {
                failOn(checkDerived(ontology, derived));
                long quads = writeShared(ontology, derived, entities, work);
                quads += writeStatistics(spark, ontology, derived, entities, work);
                for (ShardResult shard : shards) {
                    quads += shard.quads();
                }
                publish(work, output);
                return new Report((int) shards.stream().filter(s -> s.articles() > 0).count(),
                        shards.stream().mapToLong(ShardResult::articles).sum(),
                        shards.stream().mapToLong(ShardResult::facts).sum(), quads, derived.size(),
                        (System.nanoTime() - start) / 1e9);
            }
        } catch (IOException | InvalidInputException | RuntimeException e) {
            if (created) {
                deleteTree(output);
            }
            throw e;
        } finally {
            deleteTree(work);
        }
    }

    /** The reduce step: figures grouped by measure, the conflicts of each group, back on the driver as a graph. */
    private static DerivedGraph derive(JavaSparkContext spark, Path work, int partitions) {
        Iterator<String> conflicts = spark.textFile(work + "/part-*.figures.tsv")
                .mapToPair(line -> new Tuple2<>(ConflictCollector.measureOf(line), line))
                .groupByKey(partitions)
                .flatMap(group -> ConflictCollector.conflicts(group._2()).iterator())
                .toLocalIterator();
        return ConflictCollector.derived(conflicts);
    }

    /** The other reduce step: what the shards' graphs and the reference data say of their entities, each once. */
    private static EntityGraph entities(JavaSparkContext spark, Path work, int partitions, OntologyFiles ontology) {
        Iterator<String> shards = spark.textFile(work + "/part-*.entities.tsv").distinct(partitions).toLocalIterator();
        Iterator<String> reference = EntityCollector.lines(ontology.reference().getGraph()).iterator();
        return EntityCollector.graph(Iter.concat(shards, reference));
    }

    private static List<Problem> checkDerived(OntologyFiles ontology, DerivedGraph derived) {
        ShapeCheck.Session shapes = new ShapeCheck(ontology.shapes()).session(ontology.ontology(),
                ontology.reference());
        try (Stream<Triple> triples = derived.triples()) {
            // as in the single run: the derived graph links figures only
            shapes.derived(triples.iterator(), node -> List.of(VND.Observation.asNode()));
        }
        return shapes.finish();
    }

    /** Writes the shared, derived and entities graphs; returns their quads. */
    private static long writeShared(OntologyFiles ontology, DerivedGraph derived, EntityGraph entities, Path work)
            throws IOException {
        long quads = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(work.resolve(SHARED)), 1 << 16);
                DatasetWriter.Session session = new DatasetWriter().open(DatasetWriter.Format.NQUADS, out)) {
            for (SeedConversion.FixedGraph graph : SeedConversion.fixed(ontology)) {
                session.graph(graph.name(), graph.model().getGraph());
                quads += graph.model().size();
            }
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(work.resolve(DERIVED)), 1 << 16);
                DatasetWriter.Session session = new DatasetWriter().open(DatasetWriter.Format.NQUADS, out);
                Stream<Triple> triples = derived.triples()) {
            session.graph(IriMinter.graph("derived"), triples);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(work.resolve(ENTITIES)), 1 << 16);
                DatasetWriter.Session session = new DatasetWriter().open(DatasetWriter.Format.NQUADS, out);
                Stream<Triple> triples = entities.triples()) {
            session.graph(IriMinter.graph("entities"), triples);
        }
        return quads + derived.size() + entities.size();
    }

    /**
     * Writes {@code statistics.nq}: the figures of every graph, the shards' from their statistics files (read on the
     * driver, sorted), the others computed here; returns its quads.
     */
    private static long writeStatistics(JavaSparkContext spark, OntologyFiles ontology, DerivedGraph derived,
            EntityGraph entities, Path work) throws IOException {
        List<StatisticsGraph.Figures> shared = new ArrayList<>();
        for (SeedConversion.FixedGraph graph : SeedConversion.fixed(ontology)) {
            shared.add(StatisticsGraph.Figures.of(graph.name(), graph.model().getGraph()));
        }
        shared.add(derived.figures());
        shared.add(entities.figures());
        try (LineSorter articles = new LineSorter()) {
            spark.textFile(work + "/part-*.statistics.tsv").toLocalIterator().forEachRemaining(articles::add);
            StatisticsGraph statistics = new StatisticsGraph(() -> Stream.concat(
                    articles.sorted().map(StatisticsGraph.Figures::parse), shared.stream()));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(work.resolve(STATISTICS)),
                        1 << 16);
                    DatasetWriter.Session session = new DatasetWriter().open(DatasetWriter.Format.NQUADS, out);
                    Stream<Triple> triples = statistics.triples()) {
                session.graph(StatisticsGraph.name(), triples);
            }
            return statistics.digest().triples();
        }
    }

    /** The articles no annotation file annotates: the job converts annotated articles only. */
    private static List<Problem> unannotated(SeedFiles seeds) throws IOException {
        Set<String> stems = new HashSet<>();
        seeds.annotationFiles().forEach(file -> stems.add(file.getFileName().toString().replaceFirst("\\.json$", "")));
        List<Problem> problems = new ArrayList<>();
        for (Path article : seeds.articleFiles()) {
            String stem = article.getFileName().toString().replaceFirst("\\.txt$", "");
            if (!stems.contains(stem)) {
                problems.add(new Problem(seeds.display(article), "", "no annotation file (expected "
                        + seeds.display(seeds.annotations().resolve(stem + ".json")) + "); the sharded conversion "
                        + "does not run the extractor, so annotate the article first (extract, or by hand)"));
            }
        }
        return problems;
    }

    /** Checks that the output folder is new or empty and creates it; whether it was created. */
    private static boolean prepare(Path output) throws IOException {
        if (Files.isDirectory(output)) {
            try (Stream<Path> entries = Files.list(output)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("--output: " + output + " is not empty (expected a new or empty folder)");
                }
            }
            return false;
        }
        if (Files.exists(output)) {
            throw new IOException("--output: " + output + " is a file (expected a new or empty folder)");
        }
        Files.createDirectories(output);
        return true;
    }

    private static void failOn(List<Problem> problems) throws InvalidInputException {
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Problem.ORDER);
            throw new InvalidInputException(sorted);
        }
    }

    /** Moves the N-Quads files out of the work folder into the output folder. */
    private static void publish(Path work, Path output) throws IOException {
        try (Stream<Path> entries = Files.list(work)) {
            for (Path file : entries.filter(f -> f.getFileName().toString().endsWith(".nq")).sorted().toList()) {
                Files.move(file, output.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
