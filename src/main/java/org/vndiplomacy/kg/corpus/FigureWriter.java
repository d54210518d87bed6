package org.vndiplomacy.kg.corpus;

import java.math.BigDecimal;
import java.util.List;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.Figure;
import org.vndiplomacy.kg.annotation.FigureReader;

/**
 * Writes figures into the sentence being written and states their Observations: the value read back from the raw
 * text (as the validator reads it), in base units. A few figures in a thousand are "revised": a fifth higher than
 * the world's value, so that some articles contradict others, as real ones do.
 */
final class FigureWriter {

    private static final int REVISED_PER_THOUSAND = 4;

    private final Scene scene;

    FigureWriter(Scene scene) {
        this.scene = scene;
    }

    /** An approximation for a sum or a count: mostly exact. */
    String approximation() {
        int r = scene.random.nextInt(100);
        return r < 50 ? "Exact" : r < 65 ? "Nearly" : r < 80 ? "Approximately" : "MoreThan";
    }

    /** An approximation for a percentage: mostly exact, sometimes a range ("6-7%"). */
    String percentApproximation() {
        int r = scene.random.nextInt(100);
        return r < 85 ? "Exact" : r < 95 ? "Range" : "Approximately";
    }

    /** A sum in USD of the world's measure {@code spec}, written and stated as {@code indicator}. */
    void usd(String indicator, String spec, String area, Period period, String statedBy) {
        double value = revise(scene.world.measures().value(spec, area, period));
        write(FigureText.usd(value, approximation()), indicator, area, period, null, statedBy);
    }

    /** A count of the world's measure: "1.720 dự án". */
    void count(String indicator, String spec, String area, Period period, String noun, String statedBy) {
        double value = revise(scene.world.measures().value(spec, area, period));
        write(FigureText.count(value, noun, approximation()), indicator, area, period, null, statedBy);
    }

    /** A growth over the same period a year before, if there was growth; returns whether it was written. */
    boolean growth(String indicator, String spec, String area, Period period, String statedBy) {
        double growth = scene.world.measures().growth(spec, area, period);
        if (growth < 0.5) {
            return false;
        }
        write(FigureText.percent(growth, 1, percentApproximation()), indicator, area, period, period.yearBefore(),
                statedBy);
        return true;
    }

    /** A percentage given directly (GDP growth, with two decimals). */
    void percent(String indicator, double percent, String area, Period period, Period base, String statedBy) {
        write(FigureText.percent(percent, 2, "Exact"), indicator, area, period, base, statedBy);
    }

    private double revise(double value) {
        return scene.random.nextInt(1000) < REVISED_PER_THOUSAND ? value * 1.2 : value;
    }

    private void write(FigureText figure, String indicator, String area, Period period, Period base,
            String statedBy) {
        scene.say(figure.raw());
        Figure read = FigureReader.read(figure.raw())
                .orElseThrow(() -> new IllegalStateException("no number in " + figure.raw()));
        boolean range = figure.approximation().equals("Range");
        String unit = figure.raw().endsWith("%") ? "PERCENT" : figure.raw().endsWith("USD") ? "USD" : "NUM";
        String id = scene.id("obs");
        scene.text.declare(area);
        scene.text.declare(statedBy);
        String note = period.months() == 0 && period.end().equals(scene.date) ? "'hiện' is the article date" : null;
        scene.state(evidence -> new Fact.Observation(id, List.of(evidence), ArticleBuilder.confidence(), note,
                indicator, area, range ? null : plain(read.min()), range ? plain(read.min()) : null,
                range ? plain(read.max()) : null, unit, figure.approximation(), figure.raw(),
                period.start().toString(), period.end().toString(), base == null ? null : base.start().toString(),
                base == null ? null : base.end().toString(), statedBy));
    }

    /** The value as JSON writes it best: no exponent, no trailing zeros. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
