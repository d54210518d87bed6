package org.vndiplomacy.kg.extract;

import java.util.regex.Pattern;

/**
 * The article's headline, when its first lines have one: the first line of at least five words that does not end
 * like a sentence of the body (a period after a long line) and is not a date line. Nothing is guessed beyond it:
 * publisher and author stay unknown.
 */
final class MetadataReader {

    private static final Pattern DATE_LINE = Pattern.compile(".*\\d{1,2}/\\d{1,2}/\\d{4}.*");
    private static final int HEAD_LINES = 4;

    private MetadataReader() {
    }

    static String title(TextLayout layout) {
        int n = 0;
        for (TextLayout.Span line : layout.lines()) {
            if (n++ == HEAD_LINES) {
                break;
            }
            String text = layout.text().substring(line.start(), line.end()).replace("\uFEFF", "").strip();
            int words = text.split("\\s+").length;
            if (line.furniture() || words < 5 || DATE_LINE.matcher(text).matches()) {
                continue;
            }
            boolean body = text.endsWith(".") || words > 30;
            return body ? null : text;
        }
        return null;
    }
}
