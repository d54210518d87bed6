package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.store.StoreFixture;
import org.vndiplomacy.kg.store.StoreLayout;

/**
 * Kills {@code build} (SIGKILL of a child JVM) at seeded random moments spread over a build, one kill in each
 * twentieth of the time from its start until three quarters of the way from the load's last graph to its end (so
 * that every kill comes before the build ends): in the first pass (start, validation, conversion, shapes), in the
 * write transaction and its commit, in the text index and the dumps. The build has work in every phase: of 40
 * generated articles, 3 are edited, 3 removed and 3 added. Every child must end with exit code 137 (killed); one that
 * ended by itself before its kill fails the test, its stderr shown. After each kill the store, opened anew, is one of
 * two:
 * <ul>
 * <li>the previous one: the same quads (every one), graphs, text searches, stamp, dumps and text index commit as
 * before the build; marked as interrupted only once the build reached its load;</li>
 * <li>the new one, when the kill came after the commit: the quads of a complete build; the text index, each dump file
 * and the stamp either the previous or the new one, the store marked as interrupted until the stamp is written; the
 * next build then writes no graph and leaves the store exactly as a complete build does.</li>
 * </ul>
 * At least one kill must land in the load (after its start, leaving the previous store, marked) and at least one
 * after the commit (leaving the new graphs). Prints a line per kill (its moment, the phase, the outcome) and fails
 * unless every kill passes. {@code -Dkill.count=N} and {@code -Dkill.seed=S} change the number of kills and the seed.
 */
class BuildKillRandomIT {

    private static final int KILLS = Integer.getInteger("kill.count", 20);
    private static final long SEED = Long.getLong("kill.seed", 8L);
    private static final int ARTICLES = 40;
    private static final int CHANGED = 3;
    private static final String DUMP = "vn-diplomacy-kg";

    @TempDir
    Path dir;

    private Path config;
    private Path changed;
    private List<String> phrases;
    private StoreAnswers beforeAnswers;
    private StoreFiles beforeFiles;
    private StoreAnswers afterAnswers;
    private StoreFiles afterFiles;

    @Test
    void build_killedAtRandomMoments_storeIsThePreviousOrTheNewOneEveryTime() throws Exception {
        long started = System.nanoTime();
        Path base = corpus();
        Path before = dir.resolve("before");
        Child first = runChild(base, before, -1, -1);
        assertEquals(0, first.exit(), "the first build: " + first.err());
        beforeAnswers = StoreAnswers.read(before, config, phrases);
        beforeFiles = StoreFiles.read(before);

        Path reference = dir.resolve("reference");
        SparseCopy.copy(before, reference);
        Child full = runChild(changed, reference, -1, -1);
        assertEquals(0, full.exit(), "the reference build: " + full.lines() + "\n" + full.err());
        for (String kind : List.of("replaced", "added", "removed")) {
            assertTrue(full.lines().stream().filter(l -> l.line().startsWith("      " + kind + " ")
                    && l.line().contains("article/")).count() >= CHANGED, kind + ": " + full.lines());
        }
        afterAnswers = StoreAnswers.read(reference, config, phrases);
        afterFiles = StoreFiles.read(reference);
        assertTrue(!afterAnswers.content().equals(beforeAnswers.content())
                && !afterAnswers.searches().equals(beforeAnswers.searches()), "the build changes the answers");
        assertNothingToDo(reference);

        long duration = full.endMs();
        long lastGraph = full.lines().get(full.lines().size() - 3).ms();
        long ended = full.lines().get(full.lines().size() - 2).ms();
        // the kills fall before the build's end, with a quarter of what follows the load's last graph to spare
        long span = lastGraph + (ended - lastGraph) * 3 / 4;
        System.out.printf(Locale.ROOT, "set up in %,d ms; a full build took %,d ms: the first pass until %,d ms, "
                + "the load's last graph at %,d ms, its end printed at %,d ms; kills until %,d ms%n",
                (System.nanoTime() - started) / 1_000_000, duration, full.at("[3/4]"), lastGraph, ended, span);
        Random random = new Random(SEED);
        List<String> report = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int inLoad = 0;
        int afterCommit = 0;
        for (int i = 0; i < KILLS; i++) {
            long moment = (long) (span * (i + random.nextDouble()) / KILLS);
            int anchor = full.lastLineBefore(moment);
            long offset = moment - (anchor < 0 ? 0 : full.lines().get(anchor).ms());
            Path db = dir.resolve("kill-" + i);
            SparseCopy.copy(before, db);
            Child killed = runChild(changed, db, anchor, offset);
            String line;
            long checking = System.nanoTime();
            try {
                assertTrue(killed.killed(), "the build ended by itself (exit " + killed.exit() + ") before its kill "
                        + "at " + offset + " ms after " + (anchor < 0 ? "its start" : "line " + (anchor + 1))
                        + "; its last line: '" + killed.last() + "'; stderr: " + killed.err());
                assertEquals(137, killed.exit(), "not killed by SIGKILL; stderr: " + killed.err());
                String outcome = check(db, killed);
                if (outcome.startsWith("the new ")) {
                    afterCommit++;
                } else if (killed.at("[3/4]") >= 0) {
                    inLoad++;
                }
                line = "ok: " + outcome;
                delete(db);
                Files.delete(db.resolveSibling(db.getFileName() + ".out"));
                Files.delete(db.resolveSibling(db.getFileName() + ".err"));
            } catch (AssertionError | Exception e) {
                line = "FAILED: " + e.getMessage();
                failures.add("kill " + (i + 1) + ": " + e);
            }
            report.add(String.format(Locale.ROOT, "kill %2d at %,6d ms (%s + %,d ms), exit %d: %s [checked in %,d ms]",
                    i + 1, killed.endMs(), anchor < 0 ? "start" : "line " + (anchor + 1), offset, killed.exit(), line,
                    (System.nanoTime() - checking) / 1_000_000));
            System.out.println(report.get(report.size() - 1));
        }
        if (KILLS >= 10 && inLoad == 0) {
            failures.add("no kill landed in the load (after its start, before the commit)");
        }
        if (KILLS >= 10 && afterCommit == 0) {
            failures.add("no kill landed after the commit");
        }
        report.add(0, String.format(Locale.ROOT, "seed %d; the full build: %,d ms, the first pass until %,d ms, the "
                + "load until %,d ms; %d kills in %,d s: %d in the load, %d after the commit", SEED, duration,
                full.at("[3/4]"), lastGraph, KILLS, (System.nanoTime() - started) / 1_000_000_000, inLoad,
                afterCommit));
        Files.write(Path.of("target", "build-kill-report.txt"), report);
        assertEquals(List.of(), failures, String.join("\n", report));
    }

    /** What a killed build left in {@code db}; returns the outcome in words, or fails. */
    private String check(Path db, Child killed) throws Exception {
        StoreAnswers answers = StoreAnswers.read(db, config, phrases);
        StoreFiles files = StoreFiles.read(db);
        boolean loading = killed.at("[3/4]") >= 0;
        if (answers.content().equals(beforeAnswers.content())) {
            assertEquals(beforeAnswers, answers, "the previous quads, but other answers");
            assertEquals(beforeFiles.stamp(), files.stamp(), "the stamp changed");
            assertEquals(beforeFiles.dumps(), files.dumps(), "the dumps changed");
            assertEquals(beforeFiles.indexCommit(), files.indexCommit(), "the text index changed");
            assertTrue(loading || !files.marked(), "marked as interrupted before the load began");
            return "the previous store" + (files.marked() ? ", marked as interrupted" : "") + " (" + phase(killed)
                    + ")";
        }
        assertEquals(afterAnswers.content(), answers.content(), "neither the previous quads nor the new ones");
        assertEquals(afterAnswers.graphs(), answers.graphs());
        assertTrue(loading, "new quads without a load");
        if (!files.marked()) {
            assertEquals(afterAnswers, answers, "a complete build answers otherwise");
            assertEquals(afterFiles.stampProperties(), files.stampProperties());
            assertEquals(afterFiles.manifestFiles(), files.manifestFiles());
            assertEquals(afterFiles.dumps().keySet(), files.dumps().keySet());
            return "the new store, complete (the stamp written, the mark removed)";
        }
        boolean newStamp = !files.stamp().equals(beforeFiles.stamp());
        if (newStamp) {
            assertEquals(afterFiles.stampProperties(), files.stampProperties(), "the stamp is neither one");
        }
        boolean oldIndex = files.indexCommit().equals(beforeFiles.indexCommit());
        assertEquals(oldIndex ? beforeAnswers.searches() : afterAnswers.searches(), answers.searches(),
                "the text index is neither the previous nor the new one");
        int newDumps = 0;
        for (String file : List.of(DUMP + ".nq.gz", DUMP + ".trig.gz")) {
            String sha = files.dumps().get(file);
            assertTrue(sha.equals(beforeFiles.dumps().get(file)) || sha.equals(afterFiles.dumps().get(file)),
                    file + " is neither the previous nor the new one");
            newDumps += sha.equals(beforeFiles.dumps().get(file)) ? 0 : 1;
        }
        Object manifest = files.manifestFiles();
        assertTrue(manifest.equals(beforeFiles.manifestFiles()) || manifest.equals(afterFiles.manifestFiles()),
                "the dumps' manifest is neither the previous nor the new one");
        newDumps += manifest.equals(beforeFiles.manifestFiles()) ? 0 : 1;
        assertTrue(!oldIndex || newDumps == 0, "dumps replaced before the text index");
        assertTrue(!newStamp || newDumps == 3, "the stamp written before the dumps");
        String phase = oldIndex ? "after the commit, in the text index" : newDumps == 0 ? "in the dumps"
                : newDumps < 3 ? "in the dumps, " + newDumps + " of 3 files replaced"
                : newStamp ? "the stamp written, the mark not yet removed" : "before the stamp";
        assertNothingToDo(db);
        assertEquals(afterAnswers, StoreAnswers.read(db, config, phrases), "completed, it answers otherwise");
        StoreFiles completed = StoreFiles.read(db);
        assertFalse(completed.marked());
        assertEquals(afterFiles.stampProperties(), completed.stampProperties());
        assertEquals(afterFiles.manifestFilesTrigByName(), completed.manifestFilesTrigByName());
        assertEquals(afterFiles.dumps().keySet(), completed.dumps().keySet(), "files left in the dumps folder");
        return "the new graphs, marked as interrupted (" + phase + "); the next build wrote no graph and completed it";
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The phase a kill that left the previous store landed in, by the last line the build printed. */
    private static String phase(Child killed) {
        String last = killed.last();
        if (last.isEmpty()) {
            return "first pass";
        }
        if (last.startsWith("[3/4]")) {
            return "load, before its first graph";
        }
        if (last.startsWith("      ")) {
            return "load, after " + last.strip().replaceAll(" +", " ").replaceFirst(" \\S+ triples$", "");
        }
        return last;
    }

    /** A build of the changed corpus over the store writes no graph (their commit is complete) and ends well. */
    private void assertNothingToDo(Path db) throws Exception {
        Run run = inProcessBuild(changed, db);
        assertEquals(0, run.exit(), run.err());
        String summary = run.out().lines().filter(l -> l.startsWith("built: ")).findFirst().orElse("");
        assertTrue(summary.contains(" (0 written or removed, "), run.out());
    }

    record Line(long ms, String line) {
    }

    /** A child's end: its exit code, whether the test killed it, when it ended, what it printed. */
    record Child(int exit, boolean killed, long endMs, List<Line> lines, String err) {
        /** When the first line starting with {@code prefix} came, or -1. */
        long at(String prefix) {
            return lines.stream().filter(l -> l.line().startsWith(prefix)).mapToLong(Line::ms).findFirst()
                    .orElse(-1);
        }

        /** The index of the last line printed before {@code ms}, or -1. */
        int lastLineBefore(long ms) {
            int last = -1;
            for (int i = 0; i < lines.size() && lines.get(i).ms() <= ms; i++) {
                last = i;
            }
            return last;
        }

        String last() {
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1).line();
        }
    }

    /**
     * Runs the build of {@code seeds} into {@code db} in a child JVM and kills it (SIGKILL) {@code offsetMs} after it
     * printed its line number {@code anchor} + 1 (after its start if {@code anchor} is -1), unless it ended first;
     * a negative offset lets it run to its end. Its stdout and stderr go to files next to {@code db}; the child is
     * killed whatever happens here.
     */
    private Child runChild(Path seeds, Path db, int anchor, long offsetMs) throws Exception {
        Path output = db.resolveSibling(db.getFileName() + ".out");
        Path errors = db.resolveSibling(db.getFileName() + ".err");
        long start = System.nanoTime();
        Process child = new ProcessBuilder(ChildJvm.build(seeds, db, config)).redirectOutput(output.toFile())
                .redirectError(errors.toFile()).start();
        long killAt = Long.MAX_VALUE;
        boolean killed = false;
        try (Progress progress = new Progress(output, start)) {
            while (!child.waitFor(2, TimeUnit.MILLISECONDS)) {
                progress.poll();
                if (offsetMs >= 0 && killAt == Long.MAX_VALUE && progress.lines.size() > anchor) {
                    killAt = (anchor < 0 ? start : start + progress.lines.get(anchor).ms() * 1_000_000)
                            + offsetMs * 1_000_000;
                }
                if (System.nanoTime() >= killAt) {
                    child.destroyForcibly();
                    killed = true;
                    break;
                }
                assertTrue(System.nanoTime() - start < TimeUnit.MINUTES.toNanos(5), "the build takes too long");
            }
            long end = (System.nanoTime() - start) / 1_000_000;
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child JVM did not die");
            progress.poll();
            return new Child(child.exitValue(), killed, end, List.copyOf(progress.lines), Files.readString(errors));
        } finally {
            child.destroyForcibly();
        }
    }

    /**
     * The lines a child JVM writes to a file, each with the moment it was first seen there (the file is read every
     * few milliseconds). A file rather than a pipe: what a killed process wrote is all there, and no reader races
     * with the pipe's closing.
     */
    private static final class Progress implements AutoCloseable {
        private final long start;
        private final FileChannel file;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        final List<Line> lines = new ArrayList<>();

        Progress(Path output, long start) throws IOException {
            this.start = start;
            this.file = FileChannel.open(output, StandardOpenOption.READ);
        }

        void poll() throws IOException {
            long now = (System.nanoTime() - start) / 1_000_000;
            buffer.clear();
            while (file.read(buffer) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    if (b == '\n') {
                        lines.add(new Line(now, pending.toString(StandardCharsets.UTF_8)));
                        pending.reset();
                    } else {
                        pending.write(b);
                    }
                }
                buffer.clear();
            }
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    record Run(int exit, String out, String err) {
    }

    private Run inProcessBuild(Path seeds, Path db) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "build", "--seeds",
                seeds.toString(), "--ontology", "ontology", "--db", db.toString(), "--config", config.toString());
        StoreFixture.release(new StoreLayout(db));
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * Generates {@value #ARTICLES} + 3 articles; the base seeds are the first {@value #ARTICLES}, the changed ones
     * drop the first 3, add the last 3 and drop a fact from each of the next 3. Picks the phrases to search: a
     * name only the removed articles give, one only the added ones give, and Việt Nam.
     */
    private Path corpus() throws IOException {
        Path all = dir.resolve("generated");
        assertEquals(0, MainCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "generate", "--articles", Integer.toString(ARTICLES + CHANGED), "--output", all.toString(),
                "--seed", "11"));
        List<String> stems;
        try (Stream<Path> files = Files.list(all.resolve("articles"))) {
            stems = files.map(f -> f.getFileName().toString().replace(".txt", "")).sorted().toList();
        }
        Path base = seeds("base", all, stems.subList(0, ARTICLES));
        changed = seeds("changed", all, stems.subList(CHANGED, ARTICLES + CHANGED));
        ObjectMapper mapper = new ObjectMapper();
        for (String stem : stems.subList(CHANGED, 2 * CHANGED)) {
            Path file = changed.resolve("annotations").resolve(stem + ".json");
            JsonNode root = mapper.readTree(file.toFile());
            ((ArrayNode) root.get("facts")).remove(root.get("facts").size() - 1);
            mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        }
        TreeSet<String> kept = names(all, stems.subList(CHANGED, ARTICLES));
        TreeSet<String> removed = names(all, stems.subList(0, CHANGED));
        TreeSet<String> added = names(all, stems.subList(ARTICLES, ARTICLES + CHANGED));
        removed.removeAll(kept);
        removed.removeAll(added);
        added.removeAll(kept);
        added.removeAll(names(all, stems.subList(0, CHANGED)));
        assertFalse(removed.isEmpty() || added.isEmpty(), "names only the removed or the added articles give");
        phrases = List.of(removed.first(), added.first(), "viet nam");
        Files.createDirectories(dir.resolve("fuseki-config"));
        config = Files.copy(Path.of("fuseki-config", "config.ttl"), dir.resolve("fuseki-config/config.ttl"));
        return base;
    }

    private Path seeds(String name, Path all, List<String> stems) throws IOException {
        Path seeds = dir.resolve(name);
        for (String stem : stems) {
            for (String[] kind : new String[][] {{"articles", ".txt"}, {"annotations", ".json"}}) {
                Files.createDirectories(seeds.resolve(kind[0]));
                Files.copy(all.resolve(kind[0]).resolve(stem + kind[1]), seeds.resolve(kind[0]).resolve(stem
                        + kind[1]));
            }
        }
        return seeds;
    }

    /** The officials' labels in the given articles' annotations. */
    private static TreeSet<String> names(Path all, List<String> stems) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String stem : stems) {
            for (JsonNode entity : mapper.readTree(all.resolve("annotations").resolve(stem + ".json").toFile())
                    .get("entities")) {
                if (entity.path("ref").asText().startsWith("official/") && entity.has("label")) {
                    names.add(entity.get("label").asText());
                }
            }
        }
        return names;
    }
}
