package org.vndiplomacy.kg.annotation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads figures as Vietnamese news writes them: {@code ,} is the decimal mark and {@code .} groups thousands
 * ("36,6" is 36.6, "1.720" is 1720); {@code tỷ}, {@code triệu}, {@code nghìn} multiply; "6-7%" is a range;
 * "hàng trăm" (hundreds) is 100 to 999; a leading "gần", "khoảng", "trên"... names the approximation; a leading
 * "giảm" (down by) makes the figure negative ("giảm 4,6%" is -4.6).
 */
public final class FigureReader {

    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    private static final Pattern RANGE = Pattern.compile("(" + NUMBER + ")\\s*[-–]\\s*(" + NUMBER + ")");
    private static final Pattern SINGLE = Pattern.compile(NUMBER);
    private static final Pattern MULTIPLIERS = Pattern.compile("^\\s*((?:(?:tỷ|tỉ|triệu|nghìn|ngàn)\\s*)+)");

    private static final Pattern DOWN = word("giảm");

    /** Qualifier words in the order they are tried; the first found before the number wins. */
    private static final List<Map.Entry<Pattern, String>> QUALIFIERS = List.of(
            Map.entry(word("gần"), "Nearly"),
            Map.entry(word("khoảng"), "Approximately"),
            Map.entry(word("xấp xỉ"), "Approximately"),
            Map.entry(word("trên"), "MoreThan"),
            Map.entry(word("hơn"), "MoreThan"),
            Map.entry(word("vượt"), "MoreThan"),
            Map.entry(word("dưới"), "LessThan"),
            Map.entry(word("ít nhất"), "AtLeast"),
            Map.entry(word("tối thiểu"), "AtLeast"),
            Map.entry(word("tối đa"), "AtMost"),
            Map.entry(word("nhóm"), "AtMost"));

    private static final Map<String, long[]> VAGUE = Map.of(
            "hàng chục", new long[] {10, 99},
            "hàng trăm", new long[] {100, 999},
            "hàng nghìn", new long[] {1000, 9999},
            "hàng ngàn", new long[] {1000, 9999});

    private FigureReader() {
    }

    /** The figure in the text, or empty when the text holds no number. */
    public static Optional<Figure> read(String raw) {
        String text = raw.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, long[]> vague : VAGUE.entrySet()) {
            if (text.contains(vague.getKey())) {
                return Optional.of(new Figure(BigDecimal.valueOf(vague.getValue()[0]),
                        BigDecimal.valueOf(vague.getValue()[1]), BigDecimal.ZERO, "Range"));
            }
        }
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            BigDecimal multiplier = multiplier(text.substring(range.end()));
            BigDecimal low = number(range.group(1)).multiply(multiplier);
            BigDecimal high = number(range.group(2)).multiply(multiplier);
            BigDecimal half = halfUnit(range.group(1)).max(halfUnit(range.group(2))).multiply(multiplier);
            boolean down = down(text.substring(0, range.start()));
            return Optional.of(down ? new Figure(high.negate(), low.negate(), half, "Range")
                    : new Figure(low, high, half, "Range"));
        }
        Matcher single = SINGLE.matcher(text);
        if (!single.find()) {
            return Optional.empty();
        }
        BigDecimal multiplier = multiplier(text.substring(single.end()));
        BigDecimal value = number(single.group()).multiply(multiplier);
        String before = text.substring(0, single.start());
        if (down(before)) {
            value = value.negate();
        }
        return Optional.of(new Figure(value, value, halfUnit(single.group()).multiply(multiplier),
                qualifier(before)));
    }

    /** Whether the words before a number say it went down ("giảm"). */
    private static boolean down(String before) {
        return DOWN.matcher(before).find();
    }

    private static String qualifier(String before) {
        for (Map.Entry<Pattern, String> q : QUALIFIERS) {
            if (q.getKey().matcher(before).find()) {
                return q.getValue();
            }
        }
        return null;
    }

    /** A word (or words) standing alone: at the start or after a space, and at the end or before one. */
    private static Pattern word(String words) {
        return Pattern.compile("(^|\\s)" + Pattern.quote(words) + "(\\s|$)");
    }

    private static BigDecimal number(String token) {
        return new BigDecimal(token.replace(".", "").replace(',', '.'));
    }

    private static BigDecimal halfUnit(String token) {
        int comma = token.indexOf(',');
        int decimals = comma < 0 ? 0 : token.length() - comma - 1;
        return new BigDecimal("0.5").movePointLeft(decimals);
    }

    private static BigDecimal multiplier(String after) {
        Matcher m = MULTIPLIERS.matcher(after);
        BigDecimal result = BigDecimal.ONE;
        if (!m.find()) {
            return result;
        }
        for (String word : m.group(1).trim().split("\\s+")) {
            result = result.multiply(switch (word) {
                case "tỷ", "tỉ" -> BigDecimal.TEN.pow(9);
                case "triệu" -> BigDecimal.TEN.pow(6);
                default -> BigDecimal.TEN.pow(3);
            });
        }
        return result;
    }
}
