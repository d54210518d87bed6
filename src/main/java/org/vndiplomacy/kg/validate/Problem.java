package org.vndiplomacy.kg.validate;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input: the file, the place in it (a JSON path such as {@code $.facts[3].evidence[0]},
 * or {@code line:column}), and what is wrong and what was expected.
 */
public record Problem(String file, String place, String message) {

    /** Orders problems by file, then place, then message. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparing(Problem::place, PlaceOrder.INSTANCE)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        place = place == null ? "" : place;
    }

    @Override
    public String toString() {
        return place.isEmpty() ? file + ": " + message : file + ": " + place + ": " + message;
    }
}
