package org.vndiplomacy.kg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads reference periods as Vietnamese news writes them: "năm 2023", "cả năm 2023", "11 tháng đầu năm 2023",
 * "6 tháng cuối năm 2024", "quý I/2024", "giai đoạn 2021-2023", "từ đầu năm 2023 đến nay", "từ năm 2023 đến nay",
 * "3 năm qua", "năm qua", "tháng 12/2023". A period without a year takes the article's.
 */
public final class PeriodReader {

    private static final String ROMAN = "(I{1,3}|IV|1|2|3|4)";
    private static final Pattern SINCE = Pattern.compile("(?iu)từ (?:đầu )?năm (\\d{4}) (?:đến|tới) nay");
    private static final Pattern SPAN = Pattern.compile(
            "(?iu)(?:giai đoạn|thời kỳ|từ năm|từ|trong)\\s+(\\d{4})\\s*(?:[-–]|đến|tới)\\s*(?:năm\\s+)?(\\d{4})");
    private static final String COUNT = "\\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một";
    private static final Pattern MONTHS = Pattern.compile(
            "(?iu)(?<!\\p{L})(" + COUNT + ") tháng (đầu|cuối) năm(?: (\\d{4})| nay)?");
    private static final Pattern QUARTER = Pattern.compile("(?iu)quý " + ROMAN + "(?:/| năm )(\\d{4})");
    private static final Pattern LAST_YEARS = Pattern.compile(
            "(?iu)(?<!\\p{L})(\\d{1,2}|hai|ba|bốn|năm|mười) năm (?:qua|vừa qua|gần đây)");
    private static final Pattern MONTH = Pattern.compile("(?iu)tháng (\\d{1,2})(?:/| năm )(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?iu)(?<!\\d[-–] ?)\\bnăm (\\d{4})\\b(?! ?[-–] ?\\d)");
    private static final Pattern PAST_YEAR = Pattern.compile("(?iu)\\b(?:trong )?năm (?:qua|vừa qua|nay)\\b");

    private final String text;
    private final ArticleClock clock;

    public PeriodReader(String text, ArticleClock clock) {
        this.text = text;
        this.clock = clock;
    }

    /** Every period written in {@code [from, to)}, in text order; overlapping readings keep the first found. */
    public List<Period> find(int from, int to) {
        List<Period> found = new ArrayList<>();
        Matcher m = SINCE.matcher(text).region(from, to);
        while (m.find() && clock.now() != null) {
            add(found, m, LocalDate.of(year(m.group(1)), 1, 1), clock.now());
        }
        for (m = SPAN.matcher(text).region(from, to); m.find();) {
            int a = year(m.group(1));
            int b = year(m.group(2));
            if (a < b && b - a < 30) {
                add(found, m, LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31));
            }
        }
        for (m = MONTHS.matcher(text).region(from, to); m.find();) {
            int n = count(m.group(1));
            int y = m.group(3) == null ? clock.year() : year(m.group(3));
            if (n >= 1 && n <= 12 && y > 0) {
                boolean head = m.group(2).equalsIgnoreCase("đầu");
                add(found, m, head ? LocalDate.of(y, 1, 1) : YearMonth.of(y, 13 - n).atDay(1),
                        head ? YearMonth.of(y, n).atEndOfMonth() : LocalDate.of(y, 12, 31));
            }
        }
        for (m = QUARTER.matcher(text).region(from, to); m.find();) {
            int q = quarter(m.group(1));
            int y = year(m.group(2));
            add(found, m, YearMonth.of(y, 3 * q - 2).atDay(1), YearMonth.of(y, 3 * q).atEndOfMonth());
        }
        for (m = LAST_YEARS.matcher(text).region(from, to); m.find() && clock.known();) {
            int n = count(m.group(1));
            add(found, m, LocalDate.of(clock.year() - n + 1, 1, 1), clock.now());
        }
        for (m = MONTH.matcher(text).region(from, to); m.find();) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                YearMonth ym = YearMonth.of(year(m.group(2)), month);
                add(found, m, ym.atDay(1), ym.atEndOfMonth());
            }
        }
        for (m = YEAR.matcher(text).region(from, to); m.find();) {
            int y = year(m.group(1));
            add(found, m, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        for (m = PAST_YEAR.matcher(text).region(from, to); m.find() && clock.known();) {
            int y = clock.year();
            add(found, m, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        found.sort(Comparator.comparingInt(Period::start));
        return found;
    }

    private static void add(List<Period> found, Matcher m, LocalDate first, LocalDate last) {
        for (Period p : found) {
            if (m.start() < p.end() && m.end() > p.start()) {
                return;
            }
        }
        found.add(new Period(m.start(), m.end(), first, last));
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static int quarter(String q) {
        return switch (q.toUpperCase(java.util.Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }

    private static final java.util.List<String> WORDS = java.util.List.of("một", "hai", "ba", "bốn", "năm", "sáu",
            "bảy", "tám", "chín", "mười", "mười một");

    /** A count written in digits or in words ("hai", "mười một"). */
    private static int count(String n) {
        int word = WORDS.indexOf(n.toLowerCase(java.util.Locale.ROOT));
        return word >= 0 ? word + 1 : Integer.parseInt(n);
    }
}
