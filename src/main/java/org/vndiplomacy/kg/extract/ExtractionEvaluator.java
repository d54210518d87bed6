package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vndiplomacy.kg.annotation.AnnotationFile;
import org.vndiplomacy.kg.annotation.EntityAnnotation;
import org.vndiplomacy.kg.annotation.Evidence;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.Mention;

/**
 * Compares an extracted annotation with the curated one of the same article, kind by kind. An entity is found
 * when the extraction has one of the same kind with the same ref or a mention overlapping one of its mentions;
 * a fact is found when the extraction has one with the same key ({@link FactKeys}), refs read through the entity
 * matches. Each curated item is matched at most once.
 */
public final class ExtractionEvaluator {

    /**
     * The outcome for one article: per kind, what was found, missed and falsely extracted; and, for the figures
     * found, how many also have the curated period, area and approximation ({@code {agreeing, found}}).
     */
    public record Outcome(Map<String, Tally> kinds, Map<String, int[]> figureDetails) {
    }

    /** The details of a figure compared beyond its key. */
    public static final List<String> FIGURE_DETAILS = List.of("period", "area", "approximation");

    /** Counts and descriptions for one kind. */
    public record Tally(List<String> found, List<String> missed, List<String> extra) {

        Tally() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /** The kinds reported, in order. */
    public static final List<String> KINDS = List.of("entities", "PositionHolding", "Partnership", "Visit", "Event",
            "Agreement", "PolicyDocument", "Observation");

    public Outcome compare(AnnotationFile curated, AnnotationFile extracted) {
        Map<String, Tally> kinds = new LinkedHashMap<>();
        KINDS.forEach(k -> kinds.put(k, new Tally()));
        Map<String, String> refs = entities(curated.entities(), extracted.entities(), kinds.get("entities"));
        Function<String, String> map = ref -> ref == null ? null : refs.getOrDefault(ref, ref);
        Map<String, int[]> details = new LinkedHashMap<>();
        FIGURE_DETAILS.forEach(d -> details.put(d, new int[2]));
        for (String kind : KINDS.subList(1, KINDS.size())) {
            List<Fact> gold = curated.facts().stream().filter(f -> f.type().equals(kind)).toList();
            List<Fact> got = extracted.facts().stream().filter(f -> f.type().equals(kind)).toList();
            facts(gold, got, map, kinds.get(kind), details);
        }
        return new Outcome(kinds, details);
    }

    /** Matches entities; returns extracted ref to curated ref for those matched by an overlapping mention. */
    private static Map<String, String> entities(List<EntityAnnotation> gold, List<EntityAnnotation> got, Tally t) {
        Map<String, String> refs = new HashMap<>();
        List<EntityAnnotation> left = new ArrayList<>(got);
        for (EntityAnnotation g : gold) {
            EntityAnnotation match = left.stream().filter(e -> e.ref().equals(g.ref())).findFirst()
                    .orElseGet(() -> left.stream().filter(e -> e.kind().equals(g.kind()) && overlap(e, g))
                            .findFirst().orElse(null));
            if (match == null) {
                t.missed().add(g.ref() + " " + names(g));
            } else {
                left.remove(match);
                refs.put(match.ref(), g.ref());
                t.found().add(g.ref());
            }
        }
        left.forEach(e -> t.extra().add(e.ref() + " " + names(e)));
        return refs;
    }

    private static boolean overlap(EntityAnnotation a, EntityAnnotation b) {
        for (Mention x : a.mentions()) {
            for (Mention y : b.mentions()) {
                if (x.start() < y.end() && y.start() < x.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String names(EntityAnnotation e) {
        return e.mentions().stream().map(Mention::text).distinct().limit(3).toList().toString();
    }

    private static void facts(List<Fact> gold, List<Fact> got, Function<String, String> map, Tally t,
            Map<String, int[]> details) {
        List<Fact> left = new ArrayList<>(got);
        for (Fact g : gold) {
            String key = FactKeys.key(g, Function.identity());
            Fact match = left.stream().filter(f -> FactKeys.key(f, map).equals(key)
                    && (!FactKeys.needsOverlap(g) || overlap(f.evidence(), g.evidence()))).findFirst().orElse(null);
            if (match == null) {
                t.missed().add(key + "  \"" + quote(g) + "\"");
            } else {
                left.remove(match);
                t.found().add(key);
                if (g instanceof Fact.Observation o) {
                    compareDetails(o, (Fact.Observation) match, map, details);
                }
            }
        }
        left.forEach(f -> t.extra().add(FactKeys.key(f, map) + "  \"" + quote(f) + "\""));
    }

    private static void compareDetails(Fact.Observation gold, Fact.Observation got, Function<String, String> map,
            Map<String, int[]> details) {
        count(details.get("period"), java.util.Objects.equals(gold.periodStart(), got.periodStart())
                && java.util.Objects.equals(gold.periodEnd(), got.periodEnd()));
        count(details.get("area"), java.util.Objects.equals(gold.refArea(), map.apply(got.refArea())));
        count(details.get("approximation"), java.util.Objects.equals(gold.approximation(), got.approximation()));
    }

    private static void count(int[] tally, boolean agree) {
        tally[0] += agree ? 1 : 0;
        tally[1]++;
    }

    private static boolean overlap(List<Evidence> a, List<Evidence> b) {
        for (Evidence x : a) {
            for (Evidence y : b) {
                if (x.start() < y.end() && y.start() < x.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String quote(Fact f) {
        String q = f.evidence().get(0).quote();
        return q.length() > 90 ? q.substring(0, 87) + "..." : q;
    }
}
