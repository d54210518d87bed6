package org.vndiplomacy.kg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as Vietnamese news writes them: "10/8/2022", "ngày 18/12", "Chiều 2/4", "từ ngày 24 - 27/6/2024",
 * "tháng 9/2023", "(12/2023)", "tháng 1 năm 2021", "ngày 5 tháng 3 năm 2024". A day or month without a year takes
 * the year of a full date in the same line, or else the article's year.
 */
public final class DateReader {

    private static final String LEAD = "(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|rạng sáng|từ|đến|tới|và|\\()";
    private static final Pattern DAY_RANGE = Pattern.compile(
            "(?iu)(?<![\\d/.,])(\\d{1,2})\\s*(?:[-–]|đến|tới)\\s*(?:ngày\\s+)?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?"
                    + "(?![\\d/]|[.,]\\d)");
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "(?iu)(?<![\\d/.,])(\\d{1,2})/(\\d{1,2})\\s*(?:[-–]|đến|tới)\\s*(?:ngày\\s+)?(\\d{1,2})/(\\d{1,2})"
                    + "(?:/(\\d{4}))?(?![\\d/]|[.,]\\d)");
    private static final Pattern DAY_WORDS = Pattern.compile(
            "(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?");
    private static final Pattern DAY = Pattern.compile(
            "(?iu)(?<![\\d/.,])(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}))?(?![\\d/]|[.,]\\d)");
    private static final Pattern MONTH = Pattern.compile(
            "(?iu)(?:tháng\\s+(\\d{1,2})(?:\\s*/\\s*|\\s+năm\\s+)(\\d{4})|\\((\\d{1,2})/(\\d{4})\\)"
                    + "|tháng\\s+(\\d{1,2})(?![\\d/]|\\s+(?:đầu|cuối|qua|tới|gần))(?!\\s+năm))");
    private static final Pattern YEAR = Pattern.compile(
            "(?iu)(?<!giai đoạn |\\d[-–]\\s?)\\bnăm\\s+(\\d{4})\\b(?!\\s*[-–]\\s*\\d)");
    private static final Pattern LEAD_BEFORE = Pattern.compile("(?iu)" + LEAD + "\\s*$");

    /** How far from a date without a year a full date may be to lend it its year (chars, within the line). */
    private static final int NEAR = 1500;

    private final TextLayout layout;
    private final ArticleClock clock;

    public DateReader(TextLayout layout, ArticleClock clock) {
        this.layout = layout;
        this.clock = clock;
    }

    /** Every date in {@code [from, to)}, in text order; overlapping readings keep the longest. */
    public List<DateMention> find(int from, int to) {
        String text = layout.text();
        List<DateMention> found = new ArrayList<>();
        Matcher m = DAY_RANGE.matcher(text).region(from, to);
        while (m.find()) {
            int year = year(m.group(4), m.start(), m.group(3));
            String first = day(year, m.group(1), m.group(3));
            String last = day(year, m.group(2), m.group(3));
            if (first != null && last != null) {
                found.add(new DateMention(m.start(), m.end(), first, last, m.group(4) != null));
            }
        }
        m = MONTH_RANGE.matcher(text).region(from, to);
        while (m.find()) {
            int year = year(m.group(5), m.start(), m.group(2));
            String first = day(year, m.group(1), m.group(2));
            String last = day(year, m.group(3), m.group(4));
            if (first != null && last != null && !overlaps(found, m.start(), m.end())) {
                found.add(new DateMention(m.start(), m.end(), first, last, m.group(5) != null));
            }
        }
        m = DAY_WORDS.matcher(text).region(from, to);
        while (m.find()) {
            add(found, m.start(), m.end(), day(year(m.group(3), m.start(), m.group(2)), m.group(1), m.group(2)),
                    m.group(3));
        }
        m = DAY.matcher(text).region(from, to);
        while (m.find()) {
            boolean lead = LEAD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find();
            if (m.group(3) != null || lead) {
                add(found, m.start(), m.end(), day(year(m.group(3), m.start(), m.group(2)), m.group(1), m.group(2)),
                    m.group(3));
            }
        }
        m = MONTH.matcher(text).region(from, to);
        while (m.find()) {
            String month = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
            String y = m.group(2) != null ? m.group(2) : m.group(4);
            add(found, m.start(), m.end(), month(year(y, m.start(), month), month), y);
        }
        m = YEAR.matcher(text).region(from, to);
        while (m.find()) {
            add(found, m.start(1), m.end(), m.group(1), m.group(1));
        }
        found.sort(java.util.Comparator.comparingInt(DateMention::start));
        return found;
    }

    /** The article's clock the dates are read against. */
    public ArticleClock clock() {
        return clock;
    }

    /** The first date in {@code [from, to)}, or {@code null}. */
    public DateMention first(int from, int to) {
        List<DateMention> dates = find(from, to);
        return dates.isEmpty() ? null : dates.get(0);
    }

    private static void add(List<DateMention> found, int start, int end, String value, String yearText) {
        if (value != null && !overlaps(found, start, end)) {
            found.add(new DateMention(start, end, value, null, yearText != null));
        }
    }

    private static boolean overlaps(List<DateMention> found, int start, int end) {
        return found.stream().anyMatch(d -> start < d.end() && end > d.start());
    }

    /**
     * The written year, or the year of a full date near it in the same line, or the article's year (the year before
     * for November and December dates in an article of January or February); {@code -1} when none is known.
     */
    private int year(String written, int at, String month) {
        if (written != null) {
            return Integer.parseInt(written);
        }
        TextLayout.Span line = layout.lineOf(at);
        if (line != null) {
            Matcher full = Pattern.compile("\\d{1,2}/(\\d{4})\\b|năm (\\d{4})").matcher(layout.text())
                    .region(Math.max(line.start(), at - NEAR), Math.min(line.end(), at + NEAR));
            int best = -1;
            int distance = Integer.MAX_VALUE;
            while (full.find()) {
                int d = Math.abs(full.start() - at);
                if (d < distance) {
                    distance = d;
                    best = Integer.parseInt(full.group(1) != null ? full.group(1) : full.group(2));
                }
            }
            if (best > 0) {
                return best;
            }
        }
        if (!clock.known()) {
            return -1;
        }
        boolean rollover = clock.date() != null && clock.date().getMonthValue() <= 2 && month != null
                && Integer.parseInt(month) >= 11;
        return rollover ? clock.year() - 1 : clock.year();
    }

    static String day(int year, String day, String month) {
        if (year <= 0) {
            return null;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String month(int year, String month) {
        int m = Integer.parseInt(month);
        return year <= 0 || m < 1 || m > 12 ? null : String.format(Locale.ROOT, "%04d-%02d", year, m);
    }
}
