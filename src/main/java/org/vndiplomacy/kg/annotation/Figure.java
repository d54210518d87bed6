package org.vndiplomacy.kg.annotation;

import java.math.BigDecimal;

/**
 * A figure read from Vietnamese text, in base units.
 *
 * @param min the value, or the low end of a range
 * @param max the value, or the high end of a range
 * @param halfUnit half a unit of the last written digit, in base units ("36,6 tỷ" gives 0.05 tỷ)
 * @param qualifier the approximation word before the number, as an Approximation concept name, or {@code null}
 */
public record Figure(BigDecimal min, BigDecimal max, BigDecimal halfUnit, String qualifier) {

    public boolean isRange() {
        return min.compareTo(max) != 0;
    }
}
