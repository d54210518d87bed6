package org.vndiplomacy.kg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figures as Vietnamese news writes them, and what each approximation rounds to. */
class FigureTextTest {

    @Test
    void usd_billionsAndMillions_writtenWithCommaAndDots() {
        assertEquals(new FigureText("36,6 tỷ USD", "Exact"), FigureText.usd(36.6e9, "Exact"));
        assertEquals(new FigureText("683 tỷ USD", "Exact"), FigureText.usd(683.2e9, "Exact"));
        assertEquals(new FigureText("850 triệu USD", "Exact"), FigureText.usd(850.4e6, "Exact"));
        assertEquals(new FigureText("62,1 triệu USD", "Exact"), FigureText.usd(62.14e6, "Exact"));
    }

    @Test
    void usd_approximations_roundToTwoDigitsTheWayTheirWordAllows() {
        assertEquals(new FigureText("gần 37 tỷ USD", "Nearly"), FigureText.usd(36.6e9, "Nearly"));
        assertEquals(new FigureText("khoảng 37 tỷ USD", "Approximately"), FigureText.usd(36.6e9, "Approximately"));
        assertEquals(new FigureText("trên 680 tỷ USD", "MoreThan"), FigureText.usd(683.2e9, "MoreThan"));
        assertEquals(new FigureText("hơn 36 tỷ USD", "MoreThan"), FigureText.usd(36.6e9, "MoreThan"));
    }

    @Test
    void usd_approximationThatWouldChangeTheUnitOrTheNumber_isWrittenExactly() {
        assertEquals(new FigureText("gần 990 triệu USD", "Nearly"), FigureText.usd(986e6, "Nearly"));
        assertEquals(new FigureText("995 triệu USD", "Exact"), FigureText.usd(995e6, "Nearly"));
        assertEquals(new FigureText("40 tỷ USD", "Exact"), FigureText.usd(40e9, "MoreThan"));
    }

    @Test
    void count_thousandsAndMillions() {
        assertEquals(new FigureText("1.720 dự án", "Exact"), FigureText.count(1720.3, "dự án", "Exact"));
        assertEquals(new FigureText("hơn 1.700 dự án", "MoreThan"), FigureText.count(1720, "dự án", "MoreThan"));
        assertEquals(new FigureText("khoảng 3,6 triệu lượt khách", "Approximately"),
                FigureText.count(3.62e6, "lượt khách", "Approximately"));
    }

    @Test
    void percent_exactAndRange() {
        assertEquals(new FigureText("7,4%", "Exact"), FigureText.percent(7.43, 1, "Exact"));
        assertEquals(new FigureText("6-7%", "Range"), FigureText.percent(6.6, 1, "Range"));
        assertEquals(new FigureText("5,05%", "Exact"), FigureText.percent(5.05, 2, "Exact"));
    }

    @Test
    void number_groupsThousandsWithDots() {
        assertEquals("1.250.000", FigureText.number(new BigDecimal("1250000")));
        assertEquals("44,9", FigureText.number(new BigDecimal("44.90")));
    }
}
