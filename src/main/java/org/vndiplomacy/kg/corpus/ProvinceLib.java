package org.vndiplomacy.kg.corpus;

import java.util.Set;
import java.util.stream.Collectors;
import org.vndiplomacy.kg.extract.GazetteerReader;

/** How the text names a province: "tỉnh Nghệ An", "thành phố Hà Nội", "Thành phố Hồ Chí Minh". */
final class ProvinceLib {

    /** The five centrally-run cities ({@code city} in {@code provinces.tsv}). */
    private static final Set<String> CITIES = GazetteerReader.table("provinces.tsv", 5).stream()
            .filter(r -> r[3].equals("city")).map(r -> r[0]).collect(Collectors.toUnmodifiableSet());

    private ProvinceLib() {
    }

    static Phrase named(Entity province) {
        if (province.label().startsWith("Thành phố ")) {
            return Phrase.name(province.ref(), province.label());
        }
        String unit = CITIES.contains(province.ref()) ? "thành phố " : "tỉnh ";
        return Phrase.name(province.ref(), province.label()).after(unit);
    }
}
