package org.vndiplomacy.kg.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * Finds the names of known entities inside fixed text (titles, names of bodies): leftmost-longest, whole words,
 * case as written but for the first letter of bodies ("Trưởng ban Đối ngoại Trung ương" names the Ban Đối ngoại,
 * "Tư pháp" no country). Inside a name found, the places it names are found too ("Việt Nam" in "Ngân hàng Nhà
 * nước Việt Nam"). Person names are never scanned: "Đức" in "Nguyễn Đức Trung" is no country.
 */
final class NameIndex {

    private record Entry(String form, String ref) {
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

    NameIndex(List<Entity> entities) {
        for (Entity entity : entities) {
            for (String form : entity.forms()) {
                String first = firstWord(form, 0);
                if (!first.isEmpty()) {
                    byFirstWord.computeIfAbsent(key(first), k -> new ArrayList<>()).add(new Entry(form, entity.ref()));
                }
            }
        }
        Comparator<Entry> longestFirst = Comparator.comparingInt((Entry e) -> -e.form().length())
                .thenComparing(Entry::form).thenComparing(Entry::ref);
        byFirstWord.values().forEach(list -> list.sort(longestFirst));
    }

    /** The text with every known name in it. */
    Phrase scan(String text) {
        return new Phrase(text, find(text, null, false));
    }

    private List<Phrase.Name> find(String text, String outer, boolean placesOnly) {
        List<Phrase.Name> names = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean wordStart = Character.isLetterOrDigit(text.charAt(i))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!wordStart) {
                i++;
                continue;
            }
            Entry match = longest(text, i, outer, placesOnly);
            if (match == null) {
                i += firstWord(text, i).length();
                continue;
            }
            int start = text.codePointCount(0, i);
            int end = start + Phrase.length(match.form());
            String written = text.substring(i, i + match.form().length());
            names.add(new Phrase.Name(start, end, match.ref(), written));
            for (Phrase.Name inner : find(written, match.ref(), true)) {
                names.add(new Phrase.Name(start + inner.start(), start + inner.end(), inner.ref(), inner.text()));
            }
            i += match.form().length();
        }
        return names;
    }

    private Entry longest(String text, int at, String outer, boolean placesOnly) {
        for (Entry e : byFirstWord.getOrDefault(key(firstWord(text, at)), List.of())) {
            String kind = RefLib.kind(e.ref());
            boolean anyCase = !placesOnly && kind.equals("organization");
            boolean same = text.regionMatches(anyCase, at, e.form(), 0, 1)
                    && text.startsWith(e.form().substring(1), at + 1);
            if (!same) {
                continue;
            }
            int end = at + e.form().length();
            boolean whole = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            boolean allowed = !e.ref().equals(outer)
                    && (!placesOnly || kind.equals("country") || kind.equals("locality"));
            if (allowed && whole) {
                return e;
            }
        }
        return null;
    }

    /** First words are compared with the first letter in lower case: "ban Đối ngoại" names "Ban Đối ngoại". */
    private static String key(String word) {
        return word.isEmpty() ? word : Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }

    private static String firstWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }
}
