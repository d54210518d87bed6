package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke test of the streaming build: 60 generated articles (about 90,000 triples) built in a child JVM with a
 * 128 MB heap (the build that held every graph in memory ran out of heap on the same corpus with it, and needed
 * about 3.8 GB for 1,000 articles), then built again after one article changed: only that article's graph is
 * written. The progress is counted, not listed, for a corpus of this size. (The README gives the figures of 1,000
 * and 10,000 articles with {@code -Xmx256m}.)
 */
class BoundedMemoryBuildTest {

    private static final int ARTICLES = 60;

    @TempDir
    Path dir;

    @Test
    void build_generatedCorpusWithA128MbHeap_completesThenRewritesOnlyTheChangedArticleAndTheStatistics() throws Exception {
        Path corpus = dir.resolve("corpus");
        StringWriter err = new StringWriter();
        assertEquals(0, MainCommand.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "generate", "--articles", Integer.toString(ARTICLES), "--output", corpus.toString(), "--seed", "5"),
                err.toString());
        Path db = dir.resolve("db");

        List<String> first = build(corpus, db);

        assertTrue(first.stream().anyMatch(l -> l.startsWith(String.format("      %-9s %-40s", "articles",
                ARTICLES + " of " + ARTICLES + ": " + ARTICLES + " added"))), String.join("\n", first));
        assertTrue(first.stream().noneMatch(l -> l.contains(" article/")), "no line per article graph");
        assertTrue(first.get(first.size() - 1).startsWith("built: " + ARTICLES + " articles, "), first.toString());

        Path one = corpus.resolve("annotations").resolve(String.format("g%06d_5.json", 7));
        String json = Files.readString(one, StandardCharsets.UTF_8);
        String changed = json.replaceFirst(",\\s*\"section\" : \"[^\"]*\"", "");
        assertTrue(changed.length() < json.length(), "the article has a section to drop");
        Files.writeString(one, changed, StandardCharsets.UTF_8);
        List<String> second = build(corpus, db);

        assertTrue(second.stream().anyMatch(l -> l.startsWith(String.format("      %-9s %-40s", "articles",
                ARTICLES + " of " + ARTICLES + ": 1 replaced, " + (ARTICLES - 1) + " unchanged"))),
                String.join("\n", second));
        // the article's graph, and graph/statistics (the article's triple count changed)
        assertTrue(second.get(second.size() - 1).contains("(2 written or removed, "), second.toString());
    }

    /** Runs a build in a child JVM with a small heap; its output lines. */
    private static List<String> build(Path corpus, Path db) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                MainCommand.class.getName(), "build", "--seeds", corpus.toString(), "--db", db.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
        assertEquals(0, child.exitValue(), output);
        return output.lines().toList();
    }
}
