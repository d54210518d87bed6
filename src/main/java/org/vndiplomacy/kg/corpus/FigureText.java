package org.vndiplomacy.kg.corpus;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Figures written the Vietnamese way: "36,6 tỷ USD", "683 tỷ USD", "850 triệu USD", "1.720 dự án", "3,6 triệu
 * lượt khách", "7,4%", with a qualifier for approximations ("gần", "khoảng", "hơn", "trên") and "6-7%" for ranges.
 * An approximation rounds to two significant digits in the direction its word allows; where that gives the
 * written number itself, the figure is written exactly.
 *
 * @param raw the figure as written
 * @param approximation the Approximation concept it stands for
 */
record FigureText(String raw, String approximation) {

    /** A sum in US dollars. */
    static FigureText usd(double usd, String approximation) {
        if (usd >= 1e9) {
            BigDecimal billions = round(usd / 1e9, usd >= 100e9 ? 0 : 1);
            return written(billions, " tỷ USD", approximation);
        }
        return written(round(usd / 1e6, usd >= 100e6 ? 0 : 1), " triệu USD", approximation);
    }

    /** A count of things: "1.720 dự án", "3,6 triệu lượt khách". */
    static FigureText count(double count, String noun, String approximation) {
        if (count >= 1e6) {
            return written(round(count / 1e6, 1), " triệu " + noun, approximation);
        }
        return written(round(Math.max(1, count), 0), " " + noun, approximation);
    }

    /** A share or growth in per cent, with one decimal ({@code decimals} for GDP growth). */
    static FigureText percent(double percent, int decimals, String approximation) {
        BigDecimal value = round(percent, decimals);
        if (approximation.equals("Range")) {
            BigDecimal low = value.setScale(0, RoundingMode.FLOOR);
            return new FigureText(number(low) + "-" + number(low.add(BigDecimal.ONE)) + "%", "Range");
        }
        return written(value, "%", approximation);
    }

    private static FigureText written(BigDecimal exact, String unit, String approximation) {
        RoundingMode mode = switch (approximation) {
            case "Nearly" -> RoundingMode.CEILING;
            case "MoreThan" -> RoundingMode.FLOOR;
            case "Approximately" -> RoundingMode.HALF_EVEN;
            default -> null;
        };
        if (mode != null) {
            BigDecimal rounded = exact.round(new MathContext(2, mode));
            int direction = rounded.compareTo(exact);
            boolean fits = (approximation.equals("Approximately") || (mode == RoundingMode.CEILING ? direction > 0
                    : direction < 0)) && digits(rounded) == digits(exact);
            if (fits && rounded.signum() > 0) {
                String word = switch (approximation) {
                    case "Nearly" -> "gần ";
                    case "MoreThan" -> exact.intValue() % 2 == 0 ? "hơn " : "trên ";
                    default -> "khoảng ";
                };
                return new FigureText(word + number(rounded) + unit, approximation);
            }
        }
        return new FigureText(number(exact) + unit, "Exact");
    }

    /** The digits before the decimal mark: "gần 1.000 triệu" is not written, "986 triệu" is. */
    private static int digits(BigDecimal value) {
        return value.setScale(0, RoundingMode.FLOOR).toPlainString().length();
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
    }

    /** "1.720", "36,6", "5,05": a comma before decimals, dots between thousands. */
    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        String digits = plain.toPlainString();
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String decimals = dot < 0 ? "" : "," + digits.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped + decimals;
    }
}
