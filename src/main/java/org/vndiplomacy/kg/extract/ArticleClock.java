package org.vndiplomacy.kg.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an article was written, as well as the text tells: the date of its date line ("Ngày đăng : 18:18,
 * 18/12/2023", "Minh Nhật 06/12/2024 10:52"), or else the year of the latest full date it gives, or else the latest
 * year it names, with the latest day it reports as "now". Dates without a year and periods such as "năm qua" are
 * read against it.
 *
 * @param date the article's date, or {@code null} when the text has no date line
 * @param year the year to read dates without a year in; {@code 0} when the text names no year at all (then such
 *     dates and periods are not read: nothing is guessed from the day the extractor runs)
 * @param latest for an article without a date line, the latest day it reports ("Chiều 2/4" read in its year), which
 *     stands for "now" in "đến nay"; {@code null} otherwise
 */
public record ArticleClock(LocalDate date, String issued, int year, LocalDate latest) {

    private static final Pattern DATE_LINE = Pattern.compile(
            "(?m)^.{0,60}?(?<![\\d/:])(?:(\\d{1,2}):(\\d{2}),?\\s+)?(?:(?:thứ [^\\s,]+|chủ nhật),?\\s+)?"
                    + "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2}))?(?:\\s*\\(GMT[^)]*\\))?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FULL_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern MONTH_YEAR = Pattern.compile("tháng\\s+(\\d{1,2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("năm\\s+(\\d{4})\\b");

    /** Reads the clock from the first lines (the date line) or from the dates the text gives. */
    public static ArticleClock of(TextLayout layout) {
        String head = head(layout);
        Matcher line = DATE_LINE.matcher(head);
        if (line.find()) {
            LocalDate date = date(line.group(3), line.group(4), line.group(5));
            if (date != null) {
                String hour = line.group(1) != null ? line.group(1) : line.group(6);
                String minute = line.group(1) != null ? line.group(2) : line.group(7);
                String issued = hour == null ? date.toString()
                        : date + "T" + String.format(java.util.Locale.ROOT, "%02d:%s", Integer.parseInt(hour), minute);
                return new ArticleClock(date, issued, date.getYear(), null);
            }
        }
        ArticleClock clock = new ArticleClock(null, null, latestYear(layout.text()), null);
        if (!clock.known()) {
            return clock;
        }
        LocalDate latest = null;
        for (DateMention d : new DateReader(layout, clock).find(0, layout.text().length())) {
            String day = d.last() != null ? d.last() : d.value();
            if (day.length() == 10) {
                LocalDate date = LocalDate.parse(day);
                latest = latest == null || date.isAfter(latest) ? date : latest;
            }
        }
        return new ArticleClock(null, null, clock.year(), latest);
    }

    /** The first five lines that are not furniture. */
    private static String head(TextLayout layout) {
        StringBuilder head = new StringBuilder();
        int n = 0;
        for (TextLayout.Span s : layout.lines()) {
            if (n++ == 5) {
                break;
            }
            head.append(layout.text(), s.start(), s.end()).append('\n');
        }
        return head.toString();
    }

    private static int latestYear(String text) {
        int latest = -1;
        Matcher full = FULL_DATE.matcher(text);
        while (full.find()) {
            if (date(full.group(1), full.group(2), full.group(3)) != null) {
                latest = Math.max(latest, Integer.parseInt(full.group(3)));
            }
        }
        Matcher month = MONTH_YEAR.matcher(text);
        while (month.find()) {
            latest = Math.max(latest, Integer.parseInt(month.group(2)));
        }
        if (latest > 0) {
            return latest;
        }
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            latest = Math.max(latest, Integer.parseInt(year.group(1)));
        }
        return Math.max(latest, 0);
    }

    private static LocalDate date(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Whether the article's year is known. */
    public boolean known() {
        return year > 0;
    }

    /**
     * The last day a period "up to now" ("đến nay") reaches: the article's date, or the end of its year; {@code null}
     * when neither is known.
     */
    public LocalDate now() {
        return date != null ? date : latest != null ? latest : known() ? LocalDate.of(year, 12, 31) : null;
    }
}
