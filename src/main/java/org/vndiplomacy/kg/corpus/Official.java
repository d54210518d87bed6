package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;

/**
 * A synthetic official: a name, one post held for some years of 2015-2025, and how the text refers to them.
 *
 * @param title the full title written before the name the first time ("Bộ trưởng Bộ Ngoại giao"), with the names
 *     in it
 * @param shortTitle the title of later mentions ("Bộ trưởng Ngoại giao")
 * @param role the local name of the post's Role concept
 * @param organization the ref of the body (or country, for heads of state and ambassadors) the post belongs to,
 *     or {@code null}
 * @param country the country the official serves
 * @param shortName the familiar form of later mentions ("ông Sơn", "bà Hằng"), or {@code null} when the press
 *     repeats the full name
 * @param from the first year in office
 * @param to the last year in office
 */
record Official(Entity entity, Phrase title, Phrase shortTitle, String role, String organization, String country,
        String shortName, int from, int to) {

    /** Whether the official holds the post on a day. */
    boolean serves(LocalDate day) {
        return day.getYear() >= from && day.getYear() <= to;
    }

    String ref() {
        return entity.ref();
    }

    String name() {
        return entity.label();
    }

    boolean vietnamese() {
        return "country/vn".equals(country);
    }
}
