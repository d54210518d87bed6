package org.vndiplomacy.kg.annotation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Entity references ({@code kind/key}) and the ASCII folding of Vietnamese names into keys. */
public final class RefLib {

    /** The kinds of entity an annotation may declare. */
    public static final Set<String> ENTITY_KINDS = Set.of("official", "country", "organization", "locality");

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private RefLib() {
    }

    /** The kind of a ref, or the empty string when it has no slash. */
    public static String kind(String ref) {
        int slash = ref == null ? -1 : ref.indexOf('/');
        return slash < 0 ? "" : ref.substring(0, slash);
    }

    /** The key of a ref, or the empty string when it has no slash. */
    public static String key(String ref) {
        int slash = ref == null ? -1 : ref.indexOf('/');
        return slash < 0 ? "" : ref.substring(slash + 1);
    }

    /** Whether a key is lower-case ASCII words joined by single hyphens. */
    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /**
     * Folds text into a key: diacritics removed ({@code đ} to {@code d}), lower case, runs of other characters
     * turned into one hyphen. {@code "Bùi Thanh Sơn"} gives {@code "bui-thanh-son"}; {@code "15-CT/TW"} gives
     * {@code "15-ct-tw"}.
     */
    public static String fold(String text) {
        String lower = text.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String hyphenated = NON_ALNUM.matcher(bare).replaceAll("-");
        int from = 0;
        int to = hyphenated.length();
        while (from < to && hyphenated.charAt(from) == '-') {
            from++;
        }
        while (to > from && hyphenated.charAt(to - 1) == '-') {
            to--;
        }
        return hyphenated.substring(from, to);
    }

    /** The key of an article: its file name without extension, folded ({@code 000_ab12.txt} to {@code 000-ab12}). */
    public static String articleKey(String sourceFile) {
        String name = sourceFile;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return fold(name);
    }
}
