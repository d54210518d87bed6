package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes other than 2 for bad annotations: I/O problems give 1, a missing command gives 2. */
class ExitCodeTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void validate_missingOntologyFolder_exit1NamesTheFile() {
        Path missing = dir.resolve("no-ontology");
        assertEquals(ExitCodes.IO, run("validate", "--ontology", missing.toString()));
        assertEquals("error: Not found: " + missing.resolve("vnd.ttl") + "\n", err.toString());
    }

    @Test
    void convert_outputFolderMissing_exit1AndNothingWritten() {
        Path target = dir.resolve("missing").resolve("graph.trig");
        assertEquals(ExitCodes.IO, run("convert", "--output", target.toString()));
        assertEquals("error: --output: the folder " + target.getParent() + " does not exist\n", err.toString());
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void noCommand_exit2WithUsage() {
        assertEquals(ExitCodes.INVALID, run());
        assertEquals("error: missing command", err.toString().lines().findFirst().orElseThrow());
    }

    @Test
    void convert_unknownFormat_exit2() {
        assertEquals(ExitCodes.INVALID, run("convert", "--format", "rdfxml", "--output",
                dir.resolve("x").toString()));
        assertEquals("error: --format: unknown format \"rdfxml\" (expected trig or nquads)\n", err.toString());
    }
}
