package org.vndiplomacy.kg.convert;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.vndiplomacy.kg.validate.AnnotatedArticle;

/**
 * The derived graph: {@code vnd:conflictsWith}, both ways, between figures of different articles with the same
 * indicator, area, period and base period (for growth) whose intervals ({@link FigureInterval}) do not overlap.
 * Computed by {@link ConflictCollector}, which a streaming build feeds one article at a time.
 */
public final class ConflictFinder {

    public Model find(List<AnnotatedArticle> inputs) {
        try (ConflictCollector collector = new ConflictCollector()) {
            inputs.forEach(collector::add);
            try (DerivedGraph derived = collector.finish()) {
                return derived.toModel();
            }
        }
    }
}
