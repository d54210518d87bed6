package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report quotes of a failed command's output. */
class BenchContextTest {

    private static BenchContext context(Path root) {
        BenchSettings settings = new BenchSettings(10, 1, Duration.ofSeconds(1), List.of(1), 1, 5, root,
                root.resolve("work"), root.resolve("tools"), root.resolve("kg.jar"), null, List.of(), 1, 1000,
                Set.of(), "java", null, Duration.ofMinutes(1));
        return new BenchContext(settings, new PrintWriter(new StringWriter()));
    }

    @Test
    void error_stackTrace_theLineThatNamesTheError(@TempDir Path folder) throws IOException {
        Path log = folder.resolve("convert.log");
        Files.writeString(log, String.join("\n", "[1/4] validated 10000 article(s)",
                "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
                "\tat org.apache.jena.mem2.store.fast.FastHashSet.grow(FastHashSet.java:93)",
                "\tat org.apache.jena.riot.system.StreamRDFOps.sendQuadsToStream(StreamRDFOps.java:134)"),
                StandardCharsets.UTF_8);
        assertEquals("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
                context(folder).error(log));
    }

    @Test
    void error_noErrorLine_theLastLines(@TempDir Path folder) throws IOException {
        Path log = folder.resolve("tool.log");
        Files.writeString(log, "one\ntwo\nthree\nfour\n", StandardCharsets.UTF_8);
        assertEquals("two | three | four", context(folder).error(log));
    }
}
