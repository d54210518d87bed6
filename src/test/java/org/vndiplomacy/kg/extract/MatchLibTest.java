package org.vndiplomacy.kg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Old and new placements of the tone mark match; words spelled alike in both stay as they are. */
class MatchLibTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Tỉnh uỷ, tỉnh ủy",
        "Tỉnh ủy, tỉnh ủy",
        "Thanh Hoá, thanh hóa",
        "hoà bình, hòa bình",
        "khoẻ mạnh, khỏe mạnh",
        "nước ngoài, nước ngoài",
        "toàn diện, toàn diện",
        "quý I, quý i",
        "Hoàng Quốc Khánh, hoàng quốc khánh"
    })
    void canonical_spellings_sameForm(String written, String canonical) {
        assertEquals(canonical, MatchLib.canonical(written));
        assertEquals(written.length(), MatchLib.canonical(written).length());
    }
}
