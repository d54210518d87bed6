package org.vndiplomacy.kg.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.vndiplomacy.kg.annotation.Evidence;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.Figure;
import org.vndiplomacy.kg.annotation.FigureReader;

/** Checks a figure against its raw text: quoted in the evidence, same number, same qualifier, percent unit. */
final class FigureCheck {

    private final String file;
    private final List<Problem> problems;

    FigureCheck(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void check(String place, Fact.Observation o) {
        if (o.evidence().stream().map(Evidence::quote).noneMatch(q -> q.contains(o.rawText()))) {
            problem(place + ".rawText", "\"" + o.rawText() + "\" does not occur in the evidence quote");
        }
        Optional<Figure> read = FigureReader.read(o.rawText());
        if (read.isEmpty()) {
            problem(place + ".rawText", "\"" + o.rawText() + "\" holds no number");
            return;
        }
        Figure figure = read.get();
        boolean range = "Range".equals(o.approximation());
        if (range) {
            same(place + ".minValue", o.minValue(), figure.min(), o.rawText());
            same(place + ".maxValue", o.maxValue(), figure.max(), o.rawText());
            if (o.value() != null) {
                problem(place + ".value", "a Range gives minValue and maxValue, not value");
            }
        } else {
            same(place + ".value", o.value(), figure.min(), o.rawText());
            if (o.minValue() != null || o.maxValue() != null) {
                problem(place + (o.minValue() != null ? ".minValue" : ".maxValue"), "only a Range gives minValue"
                        + " and maxValue; " + o.approximation() + " gives value alone");
            }
            if (figure.isRange()) {
                problem(place + ".approximation", o.approximation() + " does not fit \"" + o.rawText()
                        + "\", which is a range (expected Range)");
            }
        }
        if (figure.qualifier() != null && !figure.isRange() && !figure.qualifier().equals(o.approximation())) {
            problem(place + ".approximation", o.approximation() + " does not fit \"" + o.rawText()
                    + "\" (expected " + figure.qualifier() + ")");
        }
        String expected = unitOf(o.rawText());
        if (expected == null ? "PERCENT".equals(o.unit()) || "USD".equals(o.unit()) || "VND".equals(o.unit())
                : !expected.equals(o.unit())) {
            problem(place + ".unit", o.unit() + " does not fit \"" + o.rawText() + "\" (expected "
                    + (expected == null ? "NUM, for a count" : expected) + ")");
        }
    }

    /** The unit the raw text names: PERCENT, USD or VND; {@code null} for a count. */
    private static String unitOf(String raw) {
        String text = raw.toLowerCase(java.util.Locale.ROOT);
        if (text.contains("%") || text.contains("phần trăm")) {
            return "PERCENT";
        }
        if (text.contains("usd") || text.contains("đô la")) {
            return "USD";
        }
        if (text.contains("đồng") || text.contains("vnd") || text.contains("vnđ")) {
            return "VND";
        }
        return null;
    }

    private void same(String place, BigDecimal given, BigDecimal read, String raw) {
        if (given != null && given.compareTo(read) != 0) {
            problem(place, given.toPlainString() + " does not match rawText \"" + raw + "\" (expected "
                    + read.stripTrailingZeros().toPlainString() + ")");
        }
    }

    private void problem(String place, String message) {
        problems.add(new Problem(file, place, message));
    }
}
