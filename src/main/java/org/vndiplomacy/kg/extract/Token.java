package org.vndiplomacy.kg.extract;

/**
 * A word of the text: a run of letters, a number (digits with the {@code .} and {@code ,} they hold), or one other
 * character that is not a space.
 *
 * @param start offset of the first char (UTF-16 index into the article text)
 * @param end offset after the last char
 * @param text the word as written
 * @param canonical the word's matching form ({@link MatchLib#canonical})
 */
public record Token(int start, int end, String text, String canonical) {

    public boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    public boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    /** A word written with a capital first letter. */
    public boolean isCapitalized() {
        return isWord() && Character.isUpperCase(text.charAt(0));
    }
}
