package org.vndiplomacy.kg.extract;

import java.time.LocalDate;

/**
 * A reference period read from the text, with the inclusive days it covers.
 *
 * @param start UTF-16 offset of the expression ({@code -1} for a period not written but assumed)
 * @param end offset after it
 */
public record Period(int start, int end, LocalDate first, LocalDate last) {

    /** The same period a year earlier ("so với cùng kỳ"). */
    public Period yearBefore() {
        return new Period(-1, -1, first.minusYears(1), last.minusYears(1));
    }

    /** The period of the same length in whole years right before ("so với giai đoạn trước"). */
    public Period previous() {
        int years = last.getYear() - first.getYear() + 1;
        return new Period(-1, -1, LocalDate.of(first.getYear() - years, 1, 1),
                LocalDate.of(first.getYear() - 1, 12, 31));
    }
}
