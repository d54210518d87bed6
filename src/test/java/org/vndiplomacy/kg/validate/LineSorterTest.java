package org.vndiplomacy.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The external sort: the same order as sorting in memory, whether the lines stay in memory or spill to runs. */
class LineSorterTest {

    private static List<String> lines(int n, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("Hà Nội " + random.nextInt(n / 3) + " \u1ec7 " + Long.toString(random.nextLong(), 36));
        }
        return lines;
    }

    @Test
    void sorted_smallInput_staysInMemoryAndSorts() {
        List<String> lines = lines(1000, 1);
        try (LineSorter sorter = new LineSorter()) {
            lines.forEach(sorter::add);
            assertFalse(sorter.spilled());
            try (Stream<String> sorted = sorter.sorted()) {
                assertEquals(lines.stream().sorted().toList(), sorted.toList());
            }
        }
    }

    @Test
    void sorted_manyRuns_mergedInOrderTwiceWithDuplicatesKept() {
        List<String> lines = lines(20_000, 2);
        lines.addAll(lines.subList(0, 100));
        List<String> expected = lines.stream().sorted().toList();
        try (LineSorter sorter = new LineSorter(4_000)) {
            lines.forEach(sorter::add);
            assertTrue(sorter.spilled(), "a small budget spills to disk");
            assertEquals(lines.size(), sorter.size());
            for (int pass = 0; pass < 2; pass++) {
                try (Stream<String> sorted = sorter.sorted()) {
                    assertEquals(expected, sorted.toList(), "pass " + pass);
                }
            }
        }
    }

    @Test
    void removeStale_ownFoldersOfEndedProcesses_runsDeletedLinksAndOtherFilesLeft(@TempDir Path tmp) throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path stale = Files.createDirectories(tmp.resolve(LineSorter.DIR_PREFIX + ended.pid() + "-123"));
        Files.writeString(stale.resolve("run-1.txt"), "a\n");
        Path live = Files.createDirectories(tmp.resolve(LineSorter.DIR_PREFIX + ProcessHandle.current().pid() + "-9"));
        Path other = Files.createDirectories(tmp.resolve("vnkg-sort-123"));
        Path odd = Files.createDirectories(tmp.resolve(LineSorter.DIR_PREFIX + "x-1"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("run-1.txt"), "keep\n");
        Path link = Files.createSymbolicLink(tmp.resolve(LineSorter.DIR_PREFIX + ended.pid() + "-link"), outside);
        Path mixed = Files.createDirectories(tmp.resolve(LineSorter.DIR_PREFIX + ended.pid() + "-mixed"));
        Files.writeString(mixed.resolve("run-2.txt"), "b\n");
        Files.writeString(mixed.resolve("notes.txt"), "not a run\n");

        assertEquals(0, LineSorter.removeStale(tmp, Duration.ofHours(1)), "too recent");
        assertTrue(Files.exists(stale.resolve("run-1.txt")));
        assertEquals(1, LineSorter.removeStale(tmp, Duration.ZERO));

        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(outside.resolve("run-1.txt")), "a link is not followed");
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.exists(mixed.resolve("notes.txt")), "only runs are deleted");
        assertFalse(Files.exists(mixed.resolve("run-2.txt")));
        assertTrue(Files.isDirectory(live));
        assertTrue(Files.isDirectory(other));
        assertTrue(Files.isDirectory(odd));
    }
}
