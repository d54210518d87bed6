package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as users run it: {@code java -jar target/vn-diplomacy-kg.jar ...}. */
class JarIT {

    private static final Path JAR = Path.of("target", "vn-diplomacy-kg.jar");

    private record Run(int exit, String out, String err) {
    }

    @TempDir
    Path dir;

    @Test
    void validate_seeds_passes() throws Exception {
        Run run = run("validate");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("ok: 5 article(s), "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void convert_twiceInSeparateProcesses_identicalFiles() throws Exception {
        for (String format : List.of("trig", "nquads")) {
            Path first = dir.resolve("first." + format);
            Path second = dir.resolve("second." + format);
            assertEquals(0, run("convert", "--format", format, "--output", first.toString()).exit());
            assertEquals(0, run("convert", "--format", format, "--output", second.toString()).exit());
            assertTrue(Files.size(first) > 100_000, format + " output is too small: " + Files.size(first));
            assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), format);
        }
    }

    @Test
    void convert_badInput_exit2OneLinePerProblemAndNoOutput() throws Exception {
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds.resolve("annotations"));
        Files.createDirectories(seeds.resolve("articles"));
        Files.writeString(seeds.resolve("articles/a.txt"), "Hà Nội", StandardCharsets.UTF_8);
        Files.writeString(seeds.resolve("annotations/a.json"), "{\"format\": ", StandardCharsets.UTF_8);
        Path output = dir.resolve("out.trig");
        Run run = run("convert", "--seeds", seeds.toString(), "--output", output.toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertEquals("seeds/annotations/a.json: 1:12: not valid JSON: Unexpected end-of-input within/between Object"
                + " entries", lines.get(0));
        assertEquals("error: 1 problem(s); nothing was written", lines.get(1));
        assertFalse(Files.exists(output));
    }

    @Test
    void sparkConvert_withoutSparkInTheJar_exit1SaysHowToRunItAndWritesNothing() throws Exception {
        Path output = dir.resolve("shards");
        Run run = run("spark-convert", "--shards", "2", "--output", output.toString());
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals("error: spark-convert needs Apache Spark on the class path, and the jar leaves it out; run it "
                + "with bench/spark.sh, which adds it (see docs/SCALING.md)\n", run.err());
        assertFalse(Files.exists(output));
        Run help = run("--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("  spark-convert  Convert the annotated articles into N-Quads shards on Apache"),
                help.out());
    }

    @Test
    void version_theProjects() throws Exception {
        Run run = run("--version");
        assertEquals(0, run.exit(), run.err());
        assertEquals("vn-diplomacy-kg " + System.getProperty("project.version") + "\n", run.out());
    }

    @Test
    void unknownOption_exit2() throws Exception {
        Run run = run("convert", "--no-such-option");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("error: Unknown option: '--no-such-option'"), run.err());
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        int exit = process.waitFor();
        return new Run(exit, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
