package org.vndiplomacy.kg.convert;

import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.vocab.VND;

/** A figure: indicator, area, value or range in base units, QUDT unit, period, approximation, raw text. */
final class ObservationConverter implements FactConverter<Fact.Observation> {

    /** QUDT unit local names by the annotation's unit code. */
    private static final Map<String, String> UNITS =
            Map.of("USD", "CCY_USD", "VND", "CCY_VND", "PERCENT", "PERCENT", "NUM", "NUM");

    @Override
    public Resource[] types() {
        return new Resource[] {VND.Observation};
    }

    @Override
    public void convert(Fact.Observation fact, Resource node, ArticleScope scope) {
        scope.concept(node, VND.indicator, fact.indicator());
        scope.entity(node, VND.refArea, fact.refArea());
        scope.decimal(node, VND.value, fact.value());
        scope.decimal(node, VND.minValue, fact.minValue());
        scope.decimal(node, VND.maxValue, fact.maxValue());
        node.addProperty(VND.unit, scope.model().createResource(VND.QUDT_UNIT + UNITS.get(fact.unit())));
        scope.concept(node, VND.approximation, fact.approximation());
        scope.string(node, VND.rawText, fact.rawText());
        scope.date(node, VND.periodStart, fact.periodStart());
        scope.date(node, VND.periodEnd, fact.periodEnd());
        scope.date(node, VND.basePeriodStart, fact.basePeriodStart());
        scope.date(node, VND.basePeriodEnd, fact.basePeriodEnd());
        scope.entity(node, VND.statedBy, fact.statedBy());
    }
}
