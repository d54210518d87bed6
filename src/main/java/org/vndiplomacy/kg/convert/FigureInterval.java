package org.vndiplomacy.kg.convert;

import java.math.BigDecimal;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.Figure;
import org.vndiplomacy.kg.annotation.FigureReader;

/**
 * The values a written figure allows, given its approximation; {@code null} ends are unbounded. A value is read
 * with half a unit of its last written digit either side ("32,1%" allows 32.05 to 32.15); "khoảng" widens by 10%
 * both ways, "gần" by 10% downwards; "trên"/"hơn" and "dưới" leave one side open.
 */
record FigureInterval(BigDecimal low, BigDecimal high) {

    /** The relative tolerance of "khoảng" (approximately) and "gần" (nearly). */
    static final BigDecimal TOLERANCE = new BigDecimal("0.1");

    static FigureInterval of(Fact.Observation o) {
        Figure figure = FigureReader.read(o.rawText())
                .orElseThrow(() -> new IllegalArgumentException("no number in " + o.rawText()));
        BigDecimal half = figure.halfUnit();
        BigDecimal min = o.minValue() != null ? o.minValue() : o.value();
        BigDecimal max = o.maxValue() != null ? o.maxValue() : o.value();
        BigDecimal low = min.subtract(half);
        BigDecimal high = max.add(half);
        BigDecimal slack = min.abs().multiply(TOLERANCE);
        return switch (o.approximation()) {
            case "Approximately" -> new FigureInterval(low.subtract(slack), high.add(max.abs().multiply(TOLERANCE)));
            case "Nearly" -> new FigureInterval(low.subtract(slack), high);
            case "MoreThan", "AtLeast" -> new FigureInterval(low, null);
            case "LessThan", "AtMost" -> new FigureInterval(null, high);
            default -> new FigureInterval(low, high);
        };
    }

    boolean overlaps(FigureInterval other) {
        boolean belowOther = high != null && other.low != null && high.compareTo(other.low) < 0;
        boolean aboveOther = low != null && other.high != null && low.compareTo(other.high) > 0;
        return !belowOther && !aboveOther;
    }
}
