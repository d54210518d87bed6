package org.vndiplomacy.kg.extract;

/**
 * A date written in the text, resolved to the format's form: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 *
 * @param start UTF-16 offset of the expression
 * @param end offset after it
 * @param value the date (the first day of a range "24 - 27/6/2024")
 * @param last the last day of a range, or {@code null}
 * @param yearWritten whether the text gives the year (rather than the article's date supplying it)
 */
public record DateMention(int start, int end, String value, String last, boolean yearWritten) {
}
