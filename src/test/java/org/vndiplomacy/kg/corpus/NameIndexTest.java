package org.vndiplomacy.kg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names of bodies and places inside titles: whole words, longest first, places nested in names. */
class NameIndexTest {

    private static final NameIndex NAMES = new NameIndex(List.of(
            new Entity("country/vn", "Việt Nam", "Vietnam", null, true, List.of("Việt Nam")),
            new Entity("country/fr", "Pháp", "France", null, true, List.of("Pháp")),
            new Entity("organization/bo-tu-phap", "Bộ Tư pháp", null, "country/vn", true, List.of("Bộ Tư pháp")),
            new Entity("organization/ngan-hang-nha-nuoc-viet-nam", "Ngân hàng Nhà nước Việt Nam", null, "country/vn",
                    true, List.of("Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước")),
            new Entity("organization/ban-doi-ngoai-trung-uong", "Ban Đối ngoại Trung ương", null, "country/vn", true,
                    List.of("Ban Đối ngoại Trung ương"))));

    @Test
    void scan_longestNameFirst_withThePlaceInIt() {
        assertEquals(List.of(new Phrase.Name(10, 37, "organization/ngan-hang-nha-nuoc-viet-nam",
                "Ngân hàng Nhà nước Việt Nam"), new Phrase.Name(29, 37, "country/vn", "Việt Nam")),
                NAMES.scan("Thống đốc Ngân hàng Nhà nước Việt Nam").names());
    }

    @Test
    void scan_countryNamesInLowerCase_areNoCountry() {
        assertEquals(List.of(new Phrase.Name(10, 20, "organization/bo-tu-phap", "Bộ Tư pháp")),
                NAMES.scan("Bộ trưởng Bộ Tư pháp").names());
        assertEquals(List.of(), NAMES.scan("Bộ trưởng Tư pháp").names());
    }

    @Test
    void scan_bodyWrittenWithASmallFirstLetter_isFound() {
        assertEquals(List.of(new Phrase.Name(7, 31, "organization/ban-doi-ngoai-trung-uong",
                "ban Đối ngoại Trung ương")), NAMES.scan("Trưởng ban Đối ngoại Trung ương").names());
    }

    @Test
    void scan_partOfAWord_isNoName() {
        assertEquals(List.of(), NAMES.scan("Việt Namese").names());
    }
}
