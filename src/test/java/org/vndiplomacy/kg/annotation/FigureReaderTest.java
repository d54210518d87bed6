package org.vndiplomacy.kg.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "gần 36,6 tỷ USD     | 36600000000 | 36600000000 | 50000000 | Nearly",
        "683 tỷ USD          | 683000000000 | 683000000000 | 500000000 | -",
        "khoảng 1,72 tỷ USD  | 1720000000  | 1720000000  | 5000000  | Approximately",
        "32,1%               | 32.1        | 32.1        | 0.05     | -",
        "trên 30 mặt hàng    | 30          | 30          | 0.5      | MoreThan",
        "hơn 1.720 dự án     | 1720        | 1720        | 0.5      | MoreThan",
        "6 triệu người       | 6000000     | 6000000     | 500000   | -",
        "6-7%                | 6           | 7           | 0.5      | Range",
        "hàng trăm đoàn      | 100         | 999         | 0        | Range",
        "nhóm 40 nền kinh tế | 40          | 40          | 0.5      | AtMost",
        "42/63 tỉnh          | 42          | 42          | 0.5      | -",
        "2 nghìn tỷ đồng     | 2000000000000 | 2000000000000 | 500000000000 | -",
        "giảm 4,6%           | -4.6        | -4.6        | 0.05     | -",
        "giảm 6-7%           | -7          | -6          | 0.5      | Range",
        "giảm khoảng 3%      | -3          | -3          | 0.5      | Approximately"
    })
    void read_vietnameseFigure_baseUnitsAndQualifier(String raw, BigDecimal min, BigDecimal max, BigDecimal half,
            String qualifier) {
        Figure figure = FigureReader.read(raw).orElseThrow();
        assertEquals(0, min.compareTo(figure.min()), "min of " + raw + " was " + figure.min());
        assertEquals(0, max.compareTo(figure.max()), "max of " + raw + " was " + figure.max());
        assertEquals(0, half.compareTo(figure.halfUnit()), "half unit of " + raw + " was " + figure.halfUnit());
        assertEquals(qualifier, figure.qualifier());
    }

    @ParameterizedTest
    @CsvSource({"nhiều chuyến thăm", "hàng loạt"})
    void read_noNumber_empty(String raw) {
        assertTrue(FigureReader.read(raw).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"tăng 14,8%"})
    void read_growthVerb_isNotAQualifier(String raw) {
        assertNull(FigureReader.read(raw).orElseThrow().qualifier());
    }
}
