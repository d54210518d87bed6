package org.vndiplomacy.kg.convert;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.LineSorter;

/**
 * {@code graph/derived} without holding the articles. Each figure becomes one line (its measure: indicator, area,
 * period and base period; then its article, IRI and interval) in an external sort ({@link LineSorter}); after the
 * last article the lines come back grouped by measure, and only the figures of one measure are held at a time,
 * compared pairwise: figures of different articles whose intervals ({@link FigureInterval}) do not overlap conflict,
 * both ways. The conflicts are sorted lines again ({@link DerivedGraph}).
 */
public final class ConflictCollector implements AutoCloseable {

    private final LineSorter figures;
    private final long budget;

    public ConflictCollector() {
        this(LineSorter.DEFAULT_BUDGET);
    }

    /** A collector that keeps up to {@code budget} characters of figures (and of conflicts) in memory. */
    public ConflictCollector(long budget) {
        this.budget = budget;
        this.figures = new LineSorter(budget);
    }

    /** Notes the figures of one validated article. */
    public void add(AnnotatedArticle input) {
        figureLines(input).forEach(figures::add);
    }

    /**
     * The figures of one validated article as the collector notes them: one line each, its measure first, then a
     * tab ({@link #measureOf} reads it back).
     */
    public static List<String> figureLines(AnnotatedArticle input) {
        String key = ArticleConverter.articleKey(input);
        List<String> lines = new ArrayList<>();
        for (Fact fact : input.annotation().facts()) {
            if (fact instanceof Fact.Observation o) {
                FigureInterval interval = FigureInterval.of(o);
                lines.add(String.join("\t", measure(o), key, IriMinter.fact(key, o), text(interval.low()),
                        text(interval.high())));
            }
        }
        return lines;
    }

    /** The measure of a line of {@link #figureLines}: the figures that share it are compared. */
    public static String measureOf(String figureLine) {
        return figureLine.substring(0, figureLine.indexOf('\t'));
    }

    /**
     * The conflicts among the lines of {@link #figureLines} of one measure (from any articles, in any order), as
     * lines of {@link #derived}: the two IRIs, a tab between, both ways.
     */
    public static List<String> conflicts(Iterable<String> figureLines) {
        List<Figure> group = new ArrayList<>();
        figureLines.forEach(line -> group.add(figure(line.split("\t", -1))));
        List<String> conflicts = new ArrayList<>();
        compare(group, conflicts::add);
        return conflicts;
    }

    /** The derived graph of conflict lines computed elsewhere ({@link #conflicts}), in any order. */
    public static DerivedGraph derived(Iterator<String> conflictLines) {
        LineSorter conflicts = new LineSorter();
        try {
            conflictLines.forEachRemaining(conflicts::add);
        } catch (RuntimeException e) {
            conflicts.close();
            throw e;
        }
        return new DerivedGraph(conflicts);
    }

    /** The conflicts between all figures noted; the collector may be closed, the graph is closed on its own. */
    public DerivedGraph finish() {
        LineSorter conflicts = new LineSorter(budget);
        try (Stream<String> lines = figures.sorted()) {
            List<Figure> group = new ArrayList<>();
            String measure = null;
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String[] cells = it.next().split("\t", -1);
                if (!cells[0].equals(measure)) {
                    compare(group, conflicts::add);
                    group.clear();
                    measure = cells[0];
                }
                group.add(figure(cells));
            }
            compare(group, conflicts::add);
        } catch (RuntimeException e) {
            conflicts.close();
            throw e;
        }
        return new DerivedGraph(conflicts);
    }

    @Override
    public void close() {
        figures.close();
    }

    private record Figure(String articleKey, String iri, FigureInterval interval) {
    }

    private static Figure figure(String[] cells) {
        return new Figure(cells[1], cells[2], new FigureInterval(number(cells[3]), number(cells[4])));
    }

    private static void compare(List<Figure> figures, Consumer<String> conflicts) {
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Figure a = figures.get(i);
                Figure b = figures.get(j);
                if (!a.articleKey().equals(b.articleKey()) && !a.interval().overlaps(b.interval())) {
                    conflicts.accept(a.iri() + "\t" + b.iri());
                    conflicts.accept(b.iri() + "\t" + a.iri());
                }
            }
        }
    }

    /** What two figures must share to be compared; "null" for a base period not given. */
    static String measure(Fact.Observation o) {
        return String.join("|", o.indicator(), o.refArea(), o.periodStart(), o.periodEnd(),
                String.valueOf(o.basePeriodStart()), String.valueOf(o.basePeriodEnd()));
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toString();
    }

    private static BigDecimal number(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }
}
