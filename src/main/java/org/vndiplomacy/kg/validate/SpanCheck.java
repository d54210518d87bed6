package org.vndiplomacy.kg.validate;

import java.util.List;
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
        if (start >= length) {
            problems.add(new Problem(file, place + ".start",
                    start + " is past the end of the article (" + length + " code points)"));
            return false;
        }
        if (end > length) {
            problems.add(new Problem(file, place + ".end",
                    end + " is past the end of the article (" + length + " code points)"));
            return false;
        }
        if (end <= start) {
            problems.add(new Problem(file, place + ".end", end + " is not after start " + start));
            return false;
        }
        String actual = article.slice(start, end);
        if (!actual.equals(span.exact())) {
            problems.add(new Problem(file, place, span.exactField() + " \"" + shorten(span.exact())
                    + "\" does not match the text at " + start + "-" + end + " (\"" + shorten(actual) + "\")"));
            return false;
        }
        return true;
    }

    static String shorten(String text) {
        String flat = text.replace("\n", "\\n");
        return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN - 1) + "…";
    }
}
