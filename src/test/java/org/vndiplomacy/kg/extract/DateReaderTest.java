package org.vndiplomacy.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as Vietnamese news writes them, read against an article dated 18/12/2023 (its first line). */
class DateReaderTest {

    private static final String DATE_LINE = "Ngày đăng : 18:18, 18/12/2023\n";

    private static List<DateMention> read(String sentence) {
        TextLayout layout = new TextLayout(DATE_LINE + sentence);
        return new DateReader(layout, ArticleClock.of(layout)).find(DATE_LINE.length(), layout.text().length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Chỉ thị số 15-CT/TW ngày 10/8/2022 của Ban Bí thư        | 2022-08-10 | -          | true",
        "Chiều 2/4, Thủ tướng chủ trì hội nghị                    | 2023-04-02 | -          | false",
        "khai mạc Hội nghị, tổ chức ngày 18/12 tại Hà Nội         | 2023-12-18 | -          | false",
        "làm việc tại Trung Quốc từ ngày 24 - 27/6/2024          | 2024-06-24 | 2024-06-27 | true",
        "Sáng 24/6 rời Hà Nội, làm việc từ ngày 24 - 27/6/2024    | 2024-06-24 | -          | false",
        "Tổng thống Joe Biden (tháng 9/2023)                      | 2023-09    | -          | true",
        "chuyến thăm Việt Nam (12/2023)                           | 2023-12    | -          | true",
        "Đại hội Đảng lần thứ XIII (tháng 1/2021)                 | 2021-01    | -          | true",
        "ký ngày 5 tháng 3 năm 2024                               | 2024-03-05 | -          | true",
        "trong tháng 1 năm 2024                                   | 2024-01    | -          | true",
        "Việt Nam đã ký hiệp định năm 2023                        | 2023       | -          | true",
        "hội đàm hôm 10/11                                        | 2023-11-10 | -          | false",
        "cuộc gặp ngày 29/2/2024                                  | 2024-02-29 | -          | true",
        "ngày 30/6/2019 tại Hà Nội                                | 2019-06-30 | -          | true",
        "Tối 6/3, tại Melbourne                                   | 2023-03-06 | -          | false",
        "Trước đó, từ ngày 4 đến 6/3/2024, Thủ tướng dự hội nghị  | 2024-03-04 | 2024-03-06 | true",
        "chuyến thăm từ ngày 30/7 đến 1/8/2024                    | 2024-07-30 | 2024-08-01 | true",
        "từ 27 đến 30/11/2023                                     | 2023-11-27 | 2023-11-30 | true"
    })
    void find_vietnameseDate_firstResolved(String sentence, String value, String last, boolean yearWritten) {
        DateMention first = read(sentence).get(0);
        assertEquals(value, first.value(), sentence);
        assertEquals(last, first.last(), sentence);
        assertEquals(yearWritten, first.yearWritten(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "kiều bào có dự án tại 42/63 tỉnh",
        "ngày 31/2/2024 không có",
        "ngày 12/13/2024 không có",
        "tháng 13/2024 không có",
        "tăng 6-7% so với cùng kỳ",
        "Nghị quyết số 21/NQ-CP của Chính phủ",
        "lúc 10:52 sáng nay",
        "nhiệm kỳ 2021-2026 của Quốc hội"
    })
    void find_notADate_nothing(String sentence) {
        assertEquals(List.of(), read(sentence), sentence);
    }

    @org.junit.jupiter.api.Test
    void find_decemberInAJanuaryArticle_thePreviousYear() {
        TextLayout layout = new TextLayout("Thứ Tư, 03/01/2024 08:00\nChiều 28/12, đoàn thăm Lào từ 27 đến 29/12.");
        List<DateMention> dates = new DateReader(layout, ArticleClock.of(layout)).find(25, layout.text().length());
        assertEquals(List.of("2023-12-28", "2023-12-27"), dates.stream().map(DateMention::value).toList());
        assertEquals("2023-12-29", dates.get(1).last());
    }

    @org.junit.jupiter.api.Test
    void find_noYearAnywhere_nothingIsGuessed() {
        TextLayout layout = new TextLayout("Chiều 2/4, Thủ tướng chủ trì hội nghị tháng 9.");
        assertEquals(List.of(), new DateReader(layout, ArticleClock.of(layout)).find(0, layout.text().length()));
    }

    @org.junit.jupiter.api.Test
    void find_dayWithoutYear_takesTheYearOfAFullDateInItsLine() {
        DateMention first = read("Chiều 25/6, sau chuyến công tác 24 - 27/6/2024").get(0);
        assertEquals("2024-06-25", first.value());
    }
}
