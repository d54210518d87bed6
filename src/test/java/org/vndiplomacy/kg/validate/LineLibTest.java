package org.vndiplomacy.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tab-separated fields with their tabs, line breaks and backslashes escaped. */
class LineLibTest {

    @Test
    void join_fieldsWithTabsBreaksAndBackslashes_splitGivesThemBack() {
        List<String> fields = List.of("a-b", "tab\there", "line\nbreak\r", "back\\slash\\t", "", "Hà Nội");
        String line = LineLib.join(fields.toArray(String[]::new));
        assertEquals("a-b\ttab\\there\tline\\nbreak\\r\tback\\\\slash\\\\t\t\tHà Nội", line);
        assertEquals(fields, LineLib.split(line));
    }

    @Test
    void split_oneFieldOrTrailingEmpty_keepsThem() {
        assertEquals(List.of("a"), LineLib.split("a"));
        assertEquals(List.of("a", ""), LineLib.split("a\t"));
        assertEquals(List.of(""), LineLib.split(""));
    }
}
