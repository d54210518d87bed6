package org.vndiplomacy.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference periods, read against an article dated 18/12/2023 (its first line). */
class PeriodReaderTest {

    private static final String DATE_LINE = "Nhịp sống - Ngày đăng : 18:18, 18/12/2023\n";

    private static List<Period> read(String sentence) {
        TextLayout layout = new TextLayout(DATE_LINE + sentence);
        return new PeriodReader(layout.canonical(), ArticleClock.of(layout)).find(DATE_LINE.length(),
                layout.text().length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "xuất nhập khẩu năm 2023 đạt gần 700 tỷ USD                  | 2023-01-01 | 2023-12-31",
        "tổng kim ngạch xuất nhập khẩu cả năm 2023 đạt 683 tỷ USD    | 2023-01-01 | 2023-12-31",
        "Riêng trong 11 tháng đầu năm 2023, đầu tư nước ngoài tăng   | 2023-01-01 | 2023-11-30",
        "6 tháng đầu năm 2024 đạt 7,6 tỷ USD                         | 2024-01-01 | 2024-06-30",
        "6 tháng cuối năm 2024 và những năm tiếp theo                | 2024-07-01 | 2024-12-31",
        "hai tháng đầu năm 2024 đạt 6,8 tỷ USD                       | 2024-01-01 | 2024-02-29",
        "Tổng vốn FDI trong giai đoạn 2021-2023 đạt 48,2 tỷ USD      | 2021-01-01 | 2023-12-31",
        "giai đoạn 2021 - 2023                                       | 2021-01-01 | 2023-12-31",
        "trong quý I/2024 đạt 1,2 tỷ USD                             | 2024-01-01 | 2024-03-31",
        "quý III năm 2023                                            | 2023-07-01 | 2023-09-30",
        "60 hoạt động đối ngoại cấp cao từ đầu năm 2023 đến nay      | 2023-01-01 | 2023-12-18",
        "từ năm 2021 đến nay                                         | 2021-01-01 | 2023-12-18",
        "Ông Sơn dẫn số liệu trong 3 năm qua, các địa phương đã ký   | 2021-01-01 | 2023-12-18",
        "Trong năm qua, Việt Nam đã tổ chức tốt 15 chuyến thăm        | 2023-01-01 | 2023-12-31",
        "vốn FDI tháng 12/2023 đạt                                   | 2023-12-01 | 2023-12-31",
        "6 tháng đầu năm nay                                         | 2023-01-01 | 2023-06-30"
    })
    void find_period_firstDays(String sentence, String first, String last) {
        Period p = read(sentence).get(0);
        assertEquals(first, p.first().toString(), sentence);
        assertEquals(last, p.last().toString(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "thu hút 36,6 tỷ USD",
        "15 tháng tới đầu tư",
        "giai đoạn 2023-2021 không đúng thứ tự",
        "quý V/2024 không có",
        "13 tháng đầu không có"
    })
    void find_noPeriod_nothing(String sentence) {
        assertEquals(List.of(), read(sentence), sentence);
    }

    @org.junit.jupiter.api.Test
    void find_noYearAnywhere_periodsWithoutAYearAreNotRead() {
        TextLayout layout = new TextLayout("6 tháng đầu năm, xuất khẩu tăng; trong năm qua, 3 năm qua, từ đầu năm đến nay");
        assertEquals(List.of(), new PeriodReader(layout.canonical(), ArticleClock.of(layout)).find(0,
                layout.text().length()));
    }

    @org.junit.jupiter.api.Test
    void find_thirteenMonths_onlyTheYearItNames() {
        Period p = read("13 tháng đầu năm 2024 không có").get(0);
        assertEquals("2024-01-01 2024-12-31", p.first() + " " + p.last());
    }

    @org.junit.jupiter.api.Test
    void previous_threeYearPeriod_theThreeYearsBefore() {
        Period p = read("giai đoạn 2021-2023").get(0).previous();
        assertEquals("2018-01-01 2020-12-31", p.first() + " " + p.last());
    }

    @org.junit.jupiter.api.Test
    void yearBefore_elevenMonths_sameMonthsAYearEarlier() {
        Period p = read("11 tháng đầu năm 2023").get(0).yearBefore();
        assertEquals("2022-01-01 2022-11-30", p.first() + " " + p.last());
    }
}
