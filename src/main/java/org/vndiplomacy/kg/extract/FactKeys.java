package org.vndiplomacy.kg.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.vndiplomacy.kg.annotation.Fact;

/**
 * What makes two facts the same for evaluation: a position by holder and role; a partnership by its partners and
 * level; a visit by visitor and destination; an event by its kind and overlapping evidence; an agreement by type
 * and parties; a policy document by number; a figure by indicator, value (or range) and unit.
 */
final class FactKeys {

    private FactKeys() {
    }

    static String key(Fact fact, Function<String, String> ref) {
        if (fact instanceof Fact.PositionHolding p) {
            return "position " + ref.apply(p.holder()) + " " + p.role();
        } else if (fact instanceof Fact.Partnership p) {
            return "partnership " + sorted(p.partners(), ref) + " " + p.level();
        } else if (fact instanceof Fact.Visit v) {
            return "visit " + ref.apply(v.visitor()) + " -> " + ref.apply(v.destination());
        } else if (fact instanceof Fact.Event e) {
            return "event " + e.eventKind();
        } else if (fact instanceof Fact.Agreement a) {
            return "agreement " + a.agreementType() + " " + sorted(a.parties(), ref);
        } else if (fact instanceof Fact.PolicyDocument d) {
            return "document " + d.documentNumber();
        }
        Fact.Observation o = (Fact.Observation) fact;
        return "figure " + o.indicator() + " " + value(o) + " " + o.unit();
    }

    /** Events have no key of their own: their evidence must overlap too. */
    static boolean needsOverlap(Fact fact) {
        return fact instanceof Fact.Event;
    }

    private static String sorted(List<String> refs, Function<String, String> ref) {
        return refs.stream().map(ref).filter(Objects::nonNull).sorted().toList().toString();
    }

    private static String value(Fact.Observation o) {
        return o.value() != null ? plain(o.value()) : plain(o.minValue()) + ".." + plain(o.maxValue());
    }

    private static String plain(BigDecimal d) {
        return d == null ? "?" : d.stripTrailingZeros().toPlainString();
    }
}
