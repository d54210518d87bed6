package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * The period a figure is for, as the text writes it: "năm 2023", "6 tháng đầu năm 2024", "quý I/2024",
 * "tháng 1/2024"; or a day, for stocks ("tính đến hết năm 2023", the article date for "hiện có").
 *
 * @param months how many months from January the period covers (12 for a year, 0 for a day)
 */
record Period(String text, LocalDate start, LocalDate end, int year, int months) {

    static Period year(int year) {
        return new Period("năm " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year, 12);
    }

    /** The first months of a year: "tháng 1/2024", "quý I/2024", "6 tháng đầu năm 2024". */
    static Period firstMonths(int year, int months) {
        String text = months == 1 ? "tháng 1/" + year : months == 3 ? "quý I/" + year
                : months + " tháng đầu năm " + year;
        return new Period(text, LocalDate.of(year, 1, 1), YearMonth.of(year, months).atEndOfMonth(), year, months);
    }

    static Period day(String text, LocalDate day) {
        return new Period(text, day, day, day.getYear(), 0);
    }

    /** A period that ended before the article: the last full year, or the months of this year gone by. */
    static Period before(LocalDate article, SplittableRandom random) {
        int gone = article.getMonthValue() - 1;
        if (gone == 0 || random.nextInt(5) < 2) {
            return year(article.getYear() - 1);
        }
        return firstMonths(article.getYear(), gone);
    }

    /** The same months a year before, for growth figures. */
    Period yearBefore() {
        return months == 12 ? year(year - 1) : firstMonths(year - 1, months);
    }

    /** How the text names the base period of growth: "so với năm 2022", "so với cùng kỳ năm trước". */
    String comparedWith() {
        return months == 12 ? "so với năm " + (year - 1) : "so với cùng kỳ năm trước";
    }
}
