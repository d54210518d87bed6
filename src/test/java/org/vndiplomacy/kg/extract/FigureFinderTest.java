package org.vndiplomacy.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures found in text: what is written, and its unit; dates, codes, ordinals and durations are not figures. */
class FigureFinderTest {

    private static List<String> find(String text) {
        return FigureFinder.find(text, 0, text.length(), List.of()).stream()
                .map(f -> text.substring(f.start(), f.end()) + " " + f.unit()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "thu hút FDI đạt gần 36,6 tỷ USD, tăng 32,1%       | gần 36,6 tỷ USD USD;32,1% PERCENT",
        "trong đó xuất siêu khoảng 28 tỷ USD               | khoảng 28 tỷ USD USD",
        "trên 30 mặt hàng có kim ngạch xuất khẩu           | trên 30 NUM",
        "xuất khẩu tăng 6-7%                               | 6-7% PERCENT",
        "kiều bào có 385 dự án tại 42/63 tỉnh              | 385 NUM;42/63 NUM",
        "với tổng vốn đăng ký khoảng 1,72 tỷ USD           | khoảng 1,72 tỷ USD USD",
        "Bộ Ngoại giao tổ chức hàng trăm đoàn làm việc     | hàng trăm NUM",
        "huy động nguồn lực của 6 triệu người              | 6 triệu NUM",
        "khoảng 3.500 tỷ đồng vốn đầu tư trong nước        | khoảng 3.500 tỷ đồng VND",
        "hơn 2.400 dự án còn hiệu lực                      | hơn 2.400 NUM",
        "đón khoảng 392 nghìn lượt khách                   | khoảng 392 nghìn NUM",
        "vượt 1,5 tỷ đô la Mỹ                              | vượt 1,5 tỷ đô la Mỹ USD",
        "nhóm 40 nền kinh tế lớn nhất                      | nhóm 40 NUM",
        "tăng trưởng 5,05 phần trăm                        | 5,05 phần trăm PERCENT",
        "xuất khẩu giảm 4,6% so với cùng kỳ                | giảm 4,6% PERCENT",
        "nhập khẩu giảm khoảng 3%                          | giảm khoảng 3% PERCENT"
    })
    void find_figures_asWrittenWithUnit(String text, String expected) {
        assertEquals(List.of(expected.split(";")), find(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Chỉ thị số 15-CT/TW của Ban Bí thư",
        "Nghị quyết 21/NQ-CP của Chính phủ",
        "Hội nghị Ngoại vụ toàn quốc lần thứ 21",
        "trong gần 80 năm lịch sử",
        "đăng lúc 10:52",
        "trong năm 2023",
        "COP 28 tại Dubai",
        "6 tháng cuối năm",
        "Chỉ thị 15 của Ban Bí thư"
    })
    void find_notAFigure_nothing(String text) {
        assertEquals(List.of(), find(text), text);
    }
}
