package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting and cutting N-Quads files line by line. */
class NQuadsFilesTest {

    private static final String QUAD = "<urn:s%d> <urn:p> \"o\" <urn:g> .";

    @Test
    void count_linesAndDistinct_blankAndCommentLinesLeftOut(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("data.nq");
        Files.writeString(file, String.join("\n", String.format(QUAD, 1), String.format(QUAD, 2), "",
                "# a comment", String.format(QUAD, 1), "   ", String.format(QUAD, 3)), StandardCharsets.UTF_8);
        assertEquals(new NQuadsFiles.Count(4, 3), NQuadsFiles.count(file), "no newline at the end either");
    }

    @Test
    void split_threeParts_consecutiveLinesThatAddUpToTheFile(@TempDir Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add(String.format(QUAD, i));
        }
        Path file = folder.resolve("data.nq");
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<Path> parts = NQuadsFiles.split(file, folder.resolve("parts"), 3);
        assertEquals(3, parts.size());
        List<String> joined = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Path part : parts) {
            List<String> partLines = Files.readAllLines(part, StandardCharsets.UTF_8);
            sizes.add(partLines.size());
            joined.addAll(partLines);
        }
        assertEquals(List.of(4, 4, 2), sizes);
        assertEquals(lines, joined);
    }
}
