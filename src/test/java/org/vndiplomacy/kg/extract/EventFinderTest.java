package org.vndiplomacy.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edition of an event, from its label; numbers no edition has (found by SeedFuzzTest) give none. */
class EventFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "Hội nghị Ngoại vụ toàn quốc lần thứ 32              | 32",
        "Hội nghị Ngoại vụ toàn quốc lần thứ XXXII           | 32",
        "Đại hội XIII của Đảng                               | 13",
        "Hội nghị Ngoại vụ toàn quốc                         | none",
        "Hội nghị Ngoại vụ toàn quốc lần thứ 0               | none",
        "Hội nghị Ngoại vụ toàn quốc lần thứ 2147483648      | none",
        "Hội nghị Ngoại vụ toàn quốc lần thứ 99999999999999999999 | none"
    })
    void edition_label_numberOrNone(String label, Integer expected) {
        assertEquals(expected, EventFinder.edition(label));
    }
}
