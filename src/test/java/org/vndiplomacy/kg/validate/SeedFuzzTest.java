package org.vndiplomacy.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.convert.DatasetConverter;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.convert.ShapeCheck;
import org.vndiplomacy.kg.extract.ArticleExtractor;
import org.vndiplomacy.kg.extract.GazetteerReader;

/**
 * A seeded random mutator: the seed annotations and articles (the valid base of the invalid cases and the project's
 * seeds), changed one to three times by {@link SeedMutator}, go through the seeds reader and validator as the build
 * reads them (an article without annotation extracted), and when accepted through the converter and the shapes.
 * Every outcome must be acceptance or problems that each name a file, a place and what is wrong: never another
 * exception, an error such as running out of memory, or more than {@value #SECONDS} s for one input.
 *
 * <p>The default run is short ({@value #DEFAULT_INPUTS} inputs, seed 1); {@code -Dfuzz.inputs=100000} runs longer and
 * {@code -Dfuzz.seed=N} elsewhere. Each input's mutations follow from the seed and its number alone, and a failing
 * input is kept under {@code target/fuzz/} with the mutations that made it.
 */
class SeedFuzzTest {

    static final int DEFAULT_INPUTS = 600;
    static final int SECONDS = 30;

    private static final Path KEPT = Path.of("target", "fuzz");

    private static OntologyFiles ontology;
    private static ShapeCheck shapes;
    private static Extraction extraction;
    private static List<Seed> seeds;
    private static ExecutorService worker;
    private static SeedReader reader;

    @TempDir
    Path dir;

    /** One article and its annotation file, as bytes. */
    private record Seed(String stem, byte[] json, byte[] text) {
    }

    @BeforeAll
    static void readSeeds() throws IOException {
        ontology = OntologyFiles.read(Path.of("ontology"));
        shapes = new ShapeCheck(ontology.shapes());
        reader = new SeedReader();
        ArticleExtractor extractor = new ArticleExtractor(GazetteerReader.read(ontology.ontology(),
                ontology.reference()));
        extraction = new Extraction(Extraction.Mode.MISSING, a -> extractor.extract(a.file(), a.text()));
        seeds = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources/invalid/000-valid-base/seeds"), Path.of("seeds"))) {
            for (Path json : new SeedFiles(root).annotationFiles()) {
                String stem = json.getFileName().toString().replaceFirst("\\.json$", "");
                seeds.add(new Seed(stem, Files.readAllBytes(json),
                        Files.readAllBytes(root.resolve("articles").resolve(stem + ".txt"))));
            }
        }
        worker = newWorker();
    }

    /** The thread inputs run in: a daemon, so that one stuck on an input does not keep the JVM alive. */
    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(run -> {
            Thread thread = new Thread(run, "fuzz");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stop() {
        worker.shutdownNow();
    }

    @Test
    void read_mutatedSeeds_acceptedOrLocatedProblemsOnly() throws Exception {
        long seed = Long.getLong("fuzz.seed", 1);
        int inputs = Integer.getInteger("fuzz.inputs", DEFAULT_INPUTS);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int done = 0;
        long slowest = 0;
        for (int i = 0; i < inputs && failures.size() < 10; i++, done++) {
            List<String> log = new ArrayList<>();
            Path root = prepare(new Random(new SplittableRandom(seed * 1_000_003L + i).nextLong()), log);
            long start = System.nanoTime();
            String failure;
            try {
                failure = worker.submit(() -> outcome(root)).get(SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                failure = "took more than " + SECONDS + " s";
                worker.shutdownNow();
                worker = newWorker();
            } catch (ExecutionException e) {
                failure = "threw " + e.getCause();
            }
            slowest = Math.max(slowest, System.nanoTime() - start);
            if (failure == null) {
                accepted++;
            } else if (!failure.isEmpty()) {
                failures.add("input " + i + " (" + String.join(", ", log) + "): " + failure + "; kept in "
                        + keep(root, seed, i, log));
            }
        }
        System.out.printf("fuzz: %d inputs from seed %d: %d accepted, %d rejected with located problems, %d failed;"
                + " slowest %d ms%n", done, seed, accepted, done - accepted - failures.size(), failures.size(),
                slowest / 1_000_000);
        assertEquals(List.of(), failures);
    }

    /** Writes one input: a seed (with another, now and then), mutated; its annotation file dropped now and then. */
    private Path prepare(Random random, List<String> log) throws IOException {
        Path root = dir.resolve("seeds");
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(root.resolve("annotations"));
        Files.createDirectories(root.resolve("articles"));
        // half the inputs come from the small valid base (the first seed), which is quicker to read
        Seed pick = seeds.get(random.nextInt(2) == 0 ? 0 : random.nextInt(seeds.size()));
        log.add(pick.stem());
        byte[] json = pick.json();
        byte[] text = pick.text();
        SeedMutator mutator = new SeedMutator(random);
        int changes = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        boolean extract = random.nextInt(10) == 0;
        for (int c = 0; c < changes; c++) {
            if (extract || random.nextInt(5) == 0) {
                text = mutator.mutate(text, false, log);
            } else {
                json = mutator.mutate(json, true, log);
            }
        }
        if (extract) {
            log.add("no annotation file");
        } else {
            Files.write(root.resolve("annotations").resolve(pick.stem() + ".json"), json);
        }
        Files.write(root.resolve("articles").resolve(pick.stem() + ".txt"), text);
        if (random.nextInt(10) == 0) {
            Seed other = seeds.get(random.nextInt(seeds.size()));
            if (!other.stem().equals(pick.stem())) {
                log.add("beside " + other.stem());
                Files.write(root.resolve("annotations").resolve(other.stem() + ".json"), other.json());
                Files.write(root.resolve("articles").resolve(other.stem() + ".txt"), other.text());
            }
        }
        return root;
    }

    /** {@code null} when accepted, the empty string when rejected with located problems, else what went wrong. */
    private static String outcome(Path root) throws IOException {
        List<Problem> problems;
        try {
            List<AnnotatedArticle> read = reader.read(new SeedFiles(root), ontology.knownTerms(), extraction);
            problems = shapes.check(new DatasetConverter(ontology).convert(read));
            if (problems.isEmpty()) {
                return null;
            }
        } catch (InvalidInputException e) {
            problems = e.problems();
        }
        for (Problem p : problems) {
            if (p.file().isBlank() || p.place().isBlank() || p.message().isBlank()) {
                return "a problem without file, place or message: " + p;
            }
        }
        return problems.isEmpty() ? "rejected without a problem" : "";
    }

    private static Path keep(Path root, long seed, int input, List<String> log) throws IOException {
        Path to = KEPT.resolve(seed + "-" + input);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve("seeds").resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(to.resolve("mutations.txt"), String.join("\n", log) + "\n");
        return to;
    }
}
