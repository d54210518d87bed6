package org.vndiplomacy.kg.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text for matching: lower case, with the tone mark of a word-final {@code oa}, {@code oe} or {@code uy} on its
 * first vowel (the newer spelling), so that "Tỉnh uỷ" and "Tỉnh ủy", "hoà" and "hòa" compare equal; words where both
 * spellings agree ("ngoài", "toàn", "quý") are left as they are. The result has the same length as its input, so
 * offsets carry over.
 */
public final class MatchLib {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private MatchLib() {
    }

    /** The matching form of a text: lower case, tone marks placed the same way; same length as the input. */
    public static String canonical(String text) {
        char[] chars = text.toLowerCase(Locale.ROOT).toCharArray();
        if (chars.length != text.length()) {
            throw new IllegalArgumentException("lower case changed the length of: " + text);
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            char first = chars[i];
            if (first != 'o' && first != 'u') {
                continue;
            }
            String second = Normalizer.normalize(String.valueOf(chars[i + 1]), Normalizer.Form.NFD);
            if (second.length() != 2 || TONES.indexOf(second.charAt(1)) < 0) {
                continue;
            }
            char base = second.charAt(0);
            boolean pair = first == 'o' ? base == 'a' || base == 'e' : base == 'y' && (i == 0 || chars[i - 1] != 'q');
            boolean open = i + 2 == chars.length || !Character.isLetter(chars[i + 2]);
            if (pair && open) {
                chars[i] = Normalizer.normalize(first + second.substring(1), Normalizer.Form.NFC).charAt(0);
                chars[i + 1] = base;
            }
        }
        return new String(chars);
    }

    /** Whether a character starts a word written with a capital (Vietnamese capitals included). */
    public static boolean isUpper(char c) {
        return Character.isUpperCase(c);
    }
}
