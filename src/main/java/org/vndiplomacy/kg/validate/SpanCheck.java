package org.vndiplomacy.kg.validate;

import java.util.List;
import java.util.Locale;
import org.vndiplomacy.kg.annotation.TextSpan;

/** Checks that a span's offsets lie in the article and that its text equals the article text there. */
final class SpanCheck {

    private static final int SHOWN = 60;

    private SpanCheck() {
    }

    /** Adds a problem and returns false when the span does not hold. */
    static boolean check(String file, String place, TextSpan span, ArticleText article, List<Problem> problems) {
        int length = article.length();
        int start = span.start();
        int end = span.end();
        String hint = article.normalized() ? "; the article file is not in NFC, and offsets count code points of"
                + " its NFC form" : "";
        if (start >= length) {
            problems.add(new Problem(file, place + ".start",
                    start + " is past the end of the article (" + length + " code points)" + hint));
            return false;
        }
        if (end > length) {
            problems.add(new Problem(file, place + ".end",
                    end + " is past the end of the article (" + length + " code points)" + hint));
            return false;
        }
        if (end <= start) {
            problems.add(new Problem(file, place + ".end", end + " is not after start " + start));
            return false;
        }
        String actual = article.slice(start, end);
        if (actual.equals(span.exact())) {
            return true;
        }
        int from = firstDifference(span.exact(), actual);
        String where = from < SHOWN / 2 ? "" : " (they differ from code point " + from + " of the span on)";
        problems.add(new Problem(file, place, span.exactField() + " \"" + window(span.exact(), from)
                + "\" does not match the text at " + start + "-" + end + " (\"" + window(actual, from) + "\")"
                + where + hint));
        return false;
    }

    private static int firstDifference(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int i = 0;
        while (i < x.length && i < y.length && x[i] == y[i]) {
            i++;
        }
        return i;
    }

    /** The text shortened so that the place where it differs stays visible. */
    private static String window(String text, int from) {
        int length = text.codePointCount(0, text.length());
        if (length <= SHOWN || from < SHOWN / 2) {
            return shorten(text);
        }
        int begin = text.offsetByCodePoints(0, Math.max(0, from - 10));
        return "…" + shorten(text.substring(begin));
    }

    /** The text for a message: line feeds as {@code \\n}, other control characters as {@code \\u0007}, cut short. */
    static String shorten(String text) {
        StringBuilder flat = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                flat.append("\\n");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                flat.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                flat.appendCodePoint(c);
            }
        });
        if (flat.length() <= SHOWN) {
            return flat.toString();
        }
        int cut = Character.isHighSurrogate(flat.charAt(SHOWN - 2)) ? SHOWN - 2 : SHOWN - 1;
        return flat.substring(0, cut) + "…";
    }
}
