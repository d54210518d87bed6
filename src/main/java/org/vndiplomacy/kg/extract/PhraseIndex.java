package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrases in a text by their words: at each word, the longest phrase that starts there. A phrase whose form
 * starts with a capital needs a capital in the text; a strict one needs its exact case and may not stand next to
 * other capitalized words (so "Đức" in "Nguyễn Đức Trung" is not Germany).
 */
public final class PhraseIndex<T> {

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();

    public PhraseIndex(Collection<Phrase<T>> phrases) {
        for (Phrase<T> p : phrases) {
            if (!p.words().isEmpty()) {
                byFirstWord.computeIfAbsent(p.words().get(0), k -> new ArrayList<>()).add(p);
            }
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase<T> p) -> -p.words().size())));
    }

    /** A phrase found: token indexes {@code [first, last]} and text offsets {@code [start, end)}. */
    public record Found<T>(int first, int last, int start, int end, Phrase<T> phrase) {
    }

    /** Every place a phrase starts, the longest at each word, in text order (matches may overlap). */
    public List<Found<T>> findAll(TextLayout layout) {
        List<Found<T>> found = new ArrayList<>();
        List<Token> tokens = layout.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Found<T> f = longestAt(layout, i);
            if (f != null) {
                found.add(f);
            }
        }
        return found;
    }

    /** The longest phrase starting at token {@code i}, or {@code null}. */
    public Found<T> longestAt(TextLayout layout, int i) {
        List<Token> tokens = layout.tokens();
        List<Phrase<T>> candidates = byFirstWord.get(tokens.get(i).canonical());
        if (candidates == null) {
            return null;
        }
        for (Phrase<T> p : candidates) {
            if (matches(layout, i, p)) {
                Token last = tokens.get(i + p.words().size() - 1);
                return new Found<>(i, i + p.words().size() - 1, tokens.get(i).start(), last.end(), p);
            }
        }
        return null;
    }

    private boolean matches(TextLayout layout, int i, Phrase<T> p) {
        List<Token> tokens = layout.tokens();
        int n = p.words().size();
        if (i + n > tokens.size()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (!tokens.get(i + k).canonical().equals(p.words().get(k))) {
                return false;
            }
        }
        if (Character.isUpperCase(p.form().charAt(0)) && !Character.isUpperCase(tokens.get(i).text().charAt(0))) {
            return false;
        }
        return !p.strict() || sameCase(tokens.get(i).text(), p.form().strip()) && !insideName(layout, i, i + n - 1);
    }

    private static boolean sameCase(String written, String form) {
        if (written.length() != form.length()) {
            return false;
        }
        for (int k = 0; k < written.length(); k++) {
            if (Character.isUpperCase(written.charAt(k)) != Character.isUpperCase(form.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether words stand inside a person's name: right after a capitalized word (one that is not merely the first
     * word of a sentence), or first in a sentence and right before a capitalized word.
     */
    static boolean insideName(TextLayout layout, int first, int last) {
        List<Token> tokens = layout.tokens();
        boolean before = first > 0 && tokens.get(first - 1).isCapitalized() && !sentenceInitial(layout, first - 1);
        boolean after = last + 1 < tokens.size() && tokens.get(last + 1).isCapitalized()
                && sentenceInitial(layout, first);
        return before || after;
    }

    /** Whether a token opens a sentence, a line or a quotation. */
    static boolean sentenceInitial(TextLayout layout, int j) {
        if (j == 0) {
            return true;
        }
        Token previous = layout.tokens().get(j - 1);
        Token token = layout.tokens().get(j);
        boolean punctuation = !previous.isWord() && !previous.isNumber()
                && ".!?:\"“(–-…".indexOf(previous.text().charAt(0)) >= 0;
        return punctuation || layout.text().substring(previous.end(), token.start()).indexOf('\n') >= 0;
    }
}
