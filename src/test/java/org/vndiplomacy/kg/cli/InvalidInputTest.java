package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid input cases: {@code src/test/resources/invalid/NNN-name/} holds {@code seeds/} (articles and annotations
 * with one deliberate defect, or a few), {@code expected.txt} (the exact stderr lines, the final {@code error: ...}
 * line included) and a one-line {@code README.md}. Every case is derived from {@code 000-valid-base}, which must
 * pass, so that each case fails because of its defect only; the articles are UTF-8 NFC text but in the cases named
 * {@code NNN-article-...}, whose defect is in an article. {@code convert} must exit 2, print exactly the expected
 * lines on stderr and nothing on stdout, and write no file.
 */
class InvalidInputTest {

    static final Path ROOT = Path.of("src", "test", "resources", "invalid");
    static final String BASE = "000-valid-base";

    @TempDir
    Path dir;

    record Run(int exit, List<String> out, List<String> err) {
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(BASE)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convert_invalidCase_exit2ExpectedStderrNoOutput(String name) throws Exception {
        convertInvalid(name, dir.resolve("out.trig"), "trig");
    }

    /** The same as N-Quads, which the first pass spools as it converts (a key two files have must not break it). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void convertNQuads_invalidCase_exit2ExpectedStderrNoOutput(String name) throws Exception {
        convertInvalid(name, dir.resolve("out.nq"), "nquads");
    }

    private void convertInvalid(String name, Path output, String format) throws Exception {
        Run run = run("convert", "--seeds", ROOT.resolve(name).resolve("seeds").toString(),
                "--ontology", "ontology", "--format", format, "--output", output.toString());
        List<String> expected = expected(name);
        String shown = name + " printed:\n" + String.join("\n", run.err());
        assertEquals(2, run.exit(), shown);
        for (int i = 0; i < Math.min(expected.size(), run.err().size()); i++) {
            assertEquals(expected.get(i), run.err().get(i), "stderr line " + (i + 1) + " of " + shown);
        }
        assertEquals(expected.size(), run.err().size(), "number of stderr lines of " + shown);
        assertEquals(List.of(), run.out(), name + ": stdout");
        assertFalse(Files.exists(output), name + ": " + output.getFileName() + " was written");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), name + ": files left in the output folder");
        }
    }

    @Test
    void validate_validBase_exit0() throws Exception {
        Run run = run("validate", "--seeds", ROOT.resolve(BASE).resolve("seeds").toString(), "--ontology", "ontology");
        assertEquals(0, run.exit(), String.join("\n", run.err()));
        assertEquals(expected(BASE), run.out());
        assertEquals(List.of(), run.err());
    }

    @Test
    void convert_validBase_exit0WritesOutput() throws Exception {
        Path output = dir.resolve("out.trig");
        Run run = run("convert", "--seeds", ROOT.resolve(BASE).resolve("seeds").toString(),
                "--ontology", "ontology", "--output", output.toString());
        assertEquals(0, run.exit(), String.join("\n", run.err()));
        assertEquals(List.of(), run.err());
        assertTrue(Files.size(output) > 0, "out.trig is empty");
    }

    @Test
    void cases_everyFolder_isComplete() throws Exception {
        List<String> names = cases().toList();
        assertTrue(names.size() >= 40, "only " + names.size() + " cases");
        for (String name : Stream.concat(Stream.of(BASE), names.stream()).toList()) {
            Path caseDir = ROOT.resolve(name);
            assertTrue(name.matches("\\d{3}-[a-z0-9]+(-[a-z0-9]+)*"), name + ": expected NNN-short-name");
            List<String> readme = Files.readAllLines(caseDir.resolve("README.md"), StandardCharsets.UTF_8);
            assertEquals(1, readme.size(), name + ": README.md must be one line");
            List<String> expected = expected(name);
            assertFalse(expected.isEmpty(), name + ": expected.txt is empty");
            if (!name.equals(BASE)) {
                assertTrue(expected.get(expected.size() - 1).matches("error: \\d+ problem\\(s\\); nothing was written"),
                        name + ": expected.txt must end with the error: line");
            }
            if (name.matches("\\d{3}-article-.*")) {
                continue;
            }
            try (Stream<Path> articles = Files.list(caseDir.resolve("seeds").resolve("articles"))) {
                for (Path article : articles.toList()) {
                    String text = Files.readString(article, StandardCharsets.UTF_8);
                    assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), article + " is not NFC");
                }
            }
        }
    }

    static List<String> expected(String name) throws IOException {
        return Files.readAllLines(ROOT.resolve(name).resolve("expected.txt"), StandardCharsets.UTF_8);
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter outWriter = new PrintWriter(out); PrintWriter errWriter = new PrintWriter(err)) {
            exit = MainCommand.run(outWriter, errWriter, args);
        }
        return new Run(exit, out.toString().lines().toList(), err.toString().lines().toList());
    }
}
