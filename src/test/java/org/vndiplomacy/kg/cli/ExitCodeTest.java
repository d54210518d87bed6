package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes other than 2 for bad annotations: I/O problems give 1, a missing command gives 2, an internal error
 * gives 4 with one line (the stack trace only with --verbose); convert writes to stdout without --output.
 */
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

    @Test
    void internalError_exit4OneLine_stackTraceOnlyWhenVerbose() {
        PrintWriter quiet = new PrintWriter(err, true);
        assertEquals(ExitCodes.INTERNAL, CommandRunner.run(quiet, false, () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals("internal error: java.lang.IllegalStateException: boom (run with --verbose for details)\n",
                err.toString());
        StringWriter verbose = new StringWriter();
        assertEquals(ExitCodes.INTERNAL, CommandRunner.run(new PrintWriter(verbose, true), true, () -> {
            throw new IllegalStateException("boom");
        }));
        List<String> lines = verbose.toString().lines().toList();
        assertEquals("internal error: java.lang.IllegalStateException: boom", lines.get(0));
        assertEquals("java.lang.IllegalStateException: boom", lines.get(1));
        assertTrue(lines.get(2).startsWith("\tat org.vndiplomacy.kg.cli.ExitCodeTest."), lines.get(2));
    }

    @Test
    void convert_withoutOutput_writesNQuadsToStdout() {
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.out;
        System.setOut(new java.io.PrintStream(stdout, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(ExitCodes.OK, run("convert", "--format", "nquads"), err.toString());
        } finally {
            System.setOut(saved);
        }
        String nquads = stdout.toString(java.nio.charset.StandardCharsets.UTF_8);
        org.apache.jena.sparql.core.DatasetGraph dataset = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.riot.RDFParser.fromString(nquads, org.apache.jena.riot.Lang.NQUADS).parse(dataset);
        long quads = dataset.stream().count();
        assertEquals(org.vndiplomacy.kg.SeedCounts.QUADS, quads);
        assertEquals(nquads.lines().count(), quads, "one quad per line");
        assertEquals("", err.toString());
    }
}
