package org.vndiplomacy.kg.annotation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as precise as the text gives it: a year, a month, a day, or a day with a time of day.
 *
 * @param first the first day it may stand for
 * @param last the last day it may stand for
 */
public record PartialDate(String text, Precision precision, LocalDate first, LocalDate last) {

    /** How precise a date is; names the XSD datatype it converts to. */
    public enum Precision { YEAR, MONTH, DAY, MINUTE }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MINUTE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    /** The date, or empty when the text is not one of the four forms or names no real day. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            if (YEAR.matcher(text).matches()) {
                int year = Integer.parseInt(text);
                return Optional.of(new PartialDate(text, Precision.YEAR, LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31)));
            }
            if (MONTH.matcher(text).matches()) {
                YearMonth month = YearMonth.parse(text);
                return Optional.of(new PartialDate(text, Precision.MONTH, month.atDay(1), month.atEndOfMonth()));
            }
            if (DAY.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text);
                return Optional.of(new PartialDate(text, Precision.DAY, day, day));
            }
            if (MINUTE.matcher(text).matches()) {
                LocalDate day = LocalDateTime.parse(text).toLocalDate();
                return Optional.of(new PartialDate(text, Precision.MINUTE, day, day));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
