package org.vndiplomacy.kg.validate;

import java.text.Normalizer;
import java.util.Objects;

/**
 * An article's text, NFC-normalized, addressed by Unicode code point offsets.
 *
 * @param file the article's file name under {@code seeds/articles/}
 */
public record ArticleText(String file, String text) {

    public ArticleText {
        Objects.requireNonNull(file, "file");
        text = Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFC);
    }

    /** The length in code points. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** The text between two code point offsets, end exclusive; the offsets must be in range. */
    public String slice(int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }

    /** The first line that is not blank, trimmed. */
    public String firstLine() {
        return text.strip().lines().findFirst().orElse("").strip();
    }
}
