package org.vndiplomacy.kg.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks what the schema cannot say about the values of a file: every string is NFC text without control
 * characters, and every number has at most {@value #DIGITS} digits before and after the decimal point (so that
 * {@code 1e999999999} is not written out in full).
 */
final class JsonValueCheck {

    /** The most digits a number may have before the decimal point, and after it. */
    static final int DIGITS = 30;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String file;
    private final List<Problem> problems;

    JsonValueCheck(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Checks every value under a node, adding a problem for each bad one. */
    void check(String place, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                check(place + (NAME.matcher(name).matches() ? "." + name : "['" + name + "']"), field.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(place + "[" + i + "]", node.get(i));
            }
        } else if (node.isTextual()) {
            checkText(place, node.textValue());
        } else if (node.isNumber()) {
            checkNumber(place, node.decimalValue());
        }
    }

    private void checkText(String place, String text) {
        int bad = Utf8Lib.firstBadChar(text);
        if (bad >= 0) {
            problems.add(new Problem(file, place, "\"" + SpanCheck.shorten(text) + "\" holds "
                    + Utf8Lib.describe(text, bad) + " at code point " + text.codePointCount(0, bad)
                    + "; expected text"));
        } else if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            problems.add(new Problem(file, place, "\"" + SpanCheck.shorten(text)
                    + "\" is not in NFC (its accents are decomposed); expected NFC text, as the article is read"));
        }
    }

    private void checkNumber(String place, BigDecimal number) {
        if (number.signum() != 0 && (number.precision() - number.scale() > DIGITS || number.scale() > DIGITS)) {
            problems.add(new Problem(file, place, SpanCheck.shorten(number.toString()) + " is too large or too"
                    + " precise; expected at most " + DIGITS + " digits before the decimal point and " + DIGITS
                    + " after it"));
        }
    }
}
