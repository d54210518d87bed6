package org.vndiplomacy.kg.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The derived graph: {@code vnd:conflictsWith}, both ways, between figures of different articles with the same
 * indicator, area, period and base period (for growth) whose intervals ({@link FigureInterval}) do not overlap.
 */
public final class ConflictFinder {

    private record Figure(String articleKey, String iri, FigureInterval interval) {
    }

    public Model find(List<AnnotatedArticle> inputs) {
        Map<String, List<Figure>> byMeasure = new LinkedHashMap<>();
        for (AnnotatedArticle input : inputs) {
            String key = ArticleConverter.articleKey(input);
            for (Fact fact : input.annotation().facts()) {
                if (fact instanceof Fact.Observation o) {
                    String measure = String.join("|", o.indicator(), o.refArea(), o.periodStart(), o.periodEnd(),
                            String.valueOf(o.basePeriodStart()), String.valueOf(o.basePeriodEnd()));
                    byMeasure.computeIfAbsent(measure, m -> new ArrayList<>())
                            .add(new Figure(key, IriMinter.fact(key, o), FigureInterval.of(o)));
                }
            }
        }
        Model derived = ModelFactory.createDefaultModel();
        for (List<Figure> figures : byMeasure.values()) {
            for (int i = 0; i < figures.size(); i++) {
                for (int j = i + 1; j < figures.size(); j++) {
                    Figure a = figures.get(i);
                    Figure b = figures.get(j);
                    if (!a.articleKey().equals(b.articleKey()) && !a.interval().overlaps(b.interval())) {
                        Resource ra = derived.createResource(a.iri());
                        Resource rb = derived.createResource(b.iri());
                        ra.addProperty(VND.conflictsWith, rb);
                        rb.addProperty(VND.conflictsWith, ra);
                    }
                }
            }
        }
        return derived;
    }
}
