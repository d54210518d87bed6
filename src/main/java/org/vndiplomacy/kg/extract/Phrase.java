package org.vndiplomacy.kg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase to look for in text, with what it stands for.
 *
 * @param form the phrase as written in the gazetteer
 * @param words its words in matching form, punctuation included, spaces left out
 * @param value what the phrase names
 * @param strict whether it must be written with exactly this case and not inside a person's name (single common
 *     words such as "Anh", "Pháp", "Đức", "Mỹ")
 */
public record Phrase<T>(String form, List<String> words, T value, boolean strict) {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*|\\d+(?:[.,]\\d+)*|[^\\s]");

    /** A phrase; single words are strict. */
    public static <T> Phrase<T> of(String form, T value) {
        List<String> words = wordsOf(form);
        return new Phrase<>(form, words, value, words.size() == 1);
    }

    /** The matching forms of a text's words. */
    public static List<String> wordsOf(String text) {
        Matcher m = WORD.matcher(MatchLib.canonical(text.strip()));
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return List.copyOf(words);
    }
}
