package org.vndiplomacy.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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
    void join_fieldsWithTabsBreaksAndBackslashes_splitGivesThemBack() {
        List<String> fields = List.of("a-b", "tab\there", "line\nbreak\r", "back\\slash\\t", "", "Hà Nội");
        String line = LineSorter.join(fields.toArray(String[]::new));
        assertEquals("a-b\ttab\\there\tline\\nbreak\\r\tback\\\\slash\\\\t\t\tHà Nội", line);
        assertEquals(fields, LineSorter.split(line));
    }
}
