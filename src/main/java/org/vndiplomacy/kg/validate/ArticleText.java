package org.vndiplomacy.kg.validate;

import java.text.Normalizer;
import java.util.Objects;

/**
 * An article's text, NFC-normalized, addressed by Unicode code point offsets.
 *
 * @param file the article's file name under {@code seeds/articles/}
 * @param normalized whether the text as given was not in NFC (so that offsets counted in the file differ)
 */
public record ArticleText(String file, String text, boolean normalized) {

    public ArticleText {
        Objects.requireNonNull(file, "file");
        String nfc = Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFC);
        normalized = normalized || !nfc.equals(text);
        text = nfc;
    }

    public ArticleText(String file, String text) {
        this(file, text, false);
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
