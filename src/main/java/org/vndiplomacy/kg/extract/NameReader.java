package org.vndiplomacy.kg.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

/**
 * Reads people's names: two to five capitalized words in a row on one line ("Bùi Thanh Sơn", "Joe Biden",
 * "Ursula von der Leyen"), not starting with a known place or title, nor with a word that begins the names of
 * bodies ("Nước", "Đảng", "Bộ", "Trung"...).
 */
final class NameReader {

    private static final Set<String> PARTICLES = Set.of("von", "der", "van", "de", "la", "bin", "binti", "al", "da",
            "di", "du", "le", "dos");
    private static final int MAX_WORDS = 5;
    /** Words that begin the names of bodies and places, never of people ("Nước Nga Thống nhất", "Đảng ..."). */
    private static final Set<String> NOT_FIRST = Set.of("nước", "đảng", "bộ", "ban", "hội", "cộng", "tỉnh", "ủy",
            "quỹ", "viện", "sở", "cục", "tổng", "trung", "quốc");

    private final Gazetteer gazetteer;

    NameReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The index of the last token of a name that starts at token {@code i}, or {@code -1}. */
    int nameEnd(TextLayout layout, int i) {
        List<Token> tokens = layout.tokens();
        if (i >= tokens.size() || !tokens.get(i).isCapitalized() || startsSomethingElse(layout, i)
                || NOT_FIRST.contains(tokens.get(i).canonical())) {
            return -1;
        }
        int last = i;
        int words = 1;
        for (int k = i + 1; k < tokens.size() && words < MAX_WORDS; k++) {
            Token t = tokens.get(k);
            if (!adjacent(layout, k - 1, k)) {
                break;
            }
            if (t.isCapitalized() && !startsSomethingElse(layout, k)) {
                last = k;
                words++;
            } else if (PARTICLES.contains(t.text()) && k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized()) {
                continue;
            } else {
                break;
            }
        }
        return words >= 2 ? last : -1;
    }

    /** Whether a known place or title begins at token {@code k} (so it is not part of a name). */
    private boolean startsSomethingElse(TextLayout layout, int k) {
        PhraseIndex.Found<Place> place = gazetteer.places().longestAt(layout, k);
        if (place != null && place.last() > place.first()) {
            return true;
        }
        return gazetteer.titles().longestAt(layout, k) != null;
    }

    /** Whether two tokens are separated by exactly one space. */
    static boolean adjacent(TextLayout layout, int a, int b) {
        Token x = layout.tokens().get(a);
        Token y = layout.tokens().get(b);
        return y.start() == x.end() + 1 && layout.text().charAt(x.end()) == ' ';
    }

    /** A name written without diacritics, for the English label ("Bùi Thanh Sơn" gives "Bui Thanh Son"). */
    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return Normalizer.normalize(plain, Normalizer.Form.NFC);
    }
}
