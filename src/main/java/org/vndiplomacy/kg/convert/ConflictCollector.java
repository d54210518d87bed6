package org.vndiplomacy.kg.convert;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.validate.AnnotatedArticle;

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
        String key = ArticleConverter.articleKey(input);
        for (Fact fact : input.annotation().facts()) {
            if (fact instanceof Fact.Observation o) {
                FigureInterval interval = FigureInterval.of(o);
                figures.add(String.join("\t", measure(o), key, IriMinter.fact(key, o), text(interval.low()),
                        text(interval.high())));
            }
        }
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
                    compare(group, conflicts);
                    group.clear();
                    measure = cells[0];
                }
                group.add(new Figure(cells[1], cells[2], new FigureInterval(number(cells[3]), number(cells[4]))));
            }
            compare(group, conflicts);
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

    private static void compare(List<Figure> figures, LineSorter conflicts) {
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Figure a = figures.get(i);
                Figure b = figures.get(j);
                if (!a.articleKey().equals(b.articleKey()) && !a.interval().overlaps(b.interval())) {
                    conflicts.add(a.iri() + "\t" + b.iri());
                    conflicts.add(b.iri() + "\t" + a.iri());
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
