package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/** Dates as Vietnamese news writes them: "12/3", "12/3/2024", "từ ngày 12 đến 14/3/2024", "Sáng 12/3". */
final class DateTextLib {

    private static final String[] TIMES = {"Sáng", "Sáng", "Chiều", "Chiều", "Tối", "Trưa"};

    private DateTextLib() {
    }

    static String dayMonth(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue();
    }

    static String full(LocalDate d) {
        return dayMonth(d) + "/" + d.getYear();
    }

    /** The day as the article writes it: without the year when it is the article's year. */
    static String day(LocalDate d, LocalDate article) {
        return d.getYear() == article.getYear() ? dayMonth(d) : full(d);
    }

    /** "Sáng 12/3" (or with the year, outside the article's year). */
    static String opening(SplittableRandom random, LocalDate d, LocalDate article) {
        return TIMES[random.nextInt(TIMES.length)] + " " + day(d, article);
    }

    /** "từ ngày 12 đến 14/3/2024", "từ ngày 30/3 đến 2/4/2024", "từ ngày 30/12/2023 đến 2/1/2024". */
    static String range(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear()) {
            return "từ ngày " + full(from) + " đến " + full(to);
        }
        String start = from.getMonthValue() == to.getMonthValue() ? String.valueOf(from.getDayOfMonth())
                : dayMonth(from);
        return "từ ngày " + start + " đến " + full(to);
    }

    /** The note of a fact dated by a day the text writes without its year. */
    static String yearNote(LocalDate d, LocalDate article) {
        return d.getYear() == article.getYear() ? "year from the article date" : null;
    }

    static String month(LocalDate d) {
        return "tháng " + d.getMonthValue() + "/" + d.getYear();
    }

    static String monthIso(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
    }
}
