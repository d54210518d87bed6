package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.store.StoreFixture;
import org.vndiplomacy.kg.store.StoreLayout;

/** {@code generate} into temporary folders, then {@code validate} and {@code build} on what it wrote. */
class GenerateCommandTest {

    private static final Pattern SUMMARY = Pattern.compile("generated (\\d+) article\\(s\\), ([0-9,]+) fact\\(s\\), "
            + "([0-9,]+) bytes in [0-9.]+ s \\([0-9.]+ articles/s\\)\n");

    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;
    private Path db;

    @AfterEach
    void release() {
        if (db != null && Files.isDirectory(db.resolve("dataset"))) {
            StoreFixture.release(new StoreLayout(db));
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Matcher generate(String folder, int articles, long seed, String... more) {
        String[] args = Stream.concat(Stream.of("generate", "--articles", String.valueOf(articles), "--output",
                dir.resolve(folder).toString(), "--seed", String.valueOf(seed)), Stream.of(more)).toArray(String[]::new);
        assertEquals(0, run(args), err.toString());
        Matcher summary = SUMMARY.matcher(out.toString());
        assertTrue(summary.matches(), out.toString());
        return summary;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void generate_sameSeedTwice_byteIdenticalFiles_otherSeedOtherTexts() throws IOException {
        Matcher first = generate("a", 12, 5);
        generate("b", 12, 5);
        generate("c", 12, 6);

        List<Path> files = files(dir.resolve("a"));
        assertEquals(24, files.size());
        assertEquals(Path.of("annotations", "g000001_5.json"), files.get(0));
        assertEquals(Path.of("articles", "g000012_5.txt"), files.get(23));
        assertEquals(files, files(dir.resolve("b")));
        long bytes = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(dir.resolve("a").resolve(file));
            assertArrayEquals(content, Files.readAllBytes(dir.resolve("b").resolve(file)), file.toString());
            bytes += content.length;
        }
        assertEquals(first.group(3), String.format(Locale.ROOT, "%,d", bytes));
        for (int i = 1; i <= 12; i++) {
            String stem = String.format(Locale.ROOT, "g%06d_", i);
            assertNotEquals(Files.readString(dir.resolve("a/articles/" + stem + "5.txt")),
                    Files.readString(dir.resolve("c/articles/" + stem + "6.txt")), stem);
        }
    }

    @Test
    void generate_thenValidateAndBuild_twentyArticles() throws IOException {
        Matcher summary = generate("corpus", 20, 42);
        String facts = summary.group(2).replace(",", "");
        String seeds = dir.resolve("corpus").toString();

        assertEquals(0, run("validate", "--seeds", seeds), err.toString());
        assertTrue(out.toString().startsWith("ok: 20 article(s), " + facts + " fact(s), "), out.toString());

        db = dir.resolve("db");
        Files.createDirectories(dir.resolve("fuseki-config"));
        Path config = Files.copy(StoreFixture.CONFIG, dir.resolve("fuseki-config/config.ttl"));
        assertEquals(0, run("build", "--seeds", seeds, "--ontology", "ontology", "--db", db.toString(), "--config",
                config.toString()), err.toString());
        String last = out.toString().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(last.startsWith("built: 20 articles, " + facts + " facts, "), last);
    }

    @Test
    void generate_textsOnly_writesArticlesAndNoAnnotations() throws IOException {
        generate("texts", 3, 1, "--texts-only");

        assertEquals(List.of(Path.of("articles", "g000001_1.txt"), Path.of("articles", "g000002_1.txt"),
                Path.of("articles", "g000003_1.txt")), files(dir.resolve("texts")));
        assertFalse(Files.exists(dir.resolve("texts/annotations")));
    }

    @Test
    void generate_badArguments_exit2AndWriteNothing() throws IOException {
        assertEquals(ExitCodes.INVALID, run("generate", "--articles", "0", "--output", dir.resolve("x").toString()));
        assertEquals("error: --articles must be at least 1, got 0\n", err.toString());
        assertEquals(ExitCodes.INVALID, run("generate", "--articles", "2", "--seed", "-3", "--output",
                dir.resolve("x").toString()));
        assertEquals("error: --seed must be 0 or more, got -3\n", err.toString());
        assertFalse(Files.exists(dir.resolve("x")));

        Files.createDirectories(dir.resolve("full/articles"));
        Files.writeString(dir.resolve("full/articles/old.txt"), "old");
        assertEquals(ExitCodes.INVALID, run("generate", "--articles", "2", "--output", dir.resolve("full").toString()));
        assertEquals("error: " + dir.resolve("full/articles") + " is not empty; expected a new or empty folder\n",
                err.toString());
        assertEquals(List.of(Path.of("articles", "old.txt")), files(dir.resolve("full")));
    }
}
