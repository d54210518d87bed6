package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vndiplomacy.kg.annotation.Evidence;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * Turns the titles found with names into position holdings: one per official and role, with every span that
 * says so as evidence, dated by the first date of the first such sentence or else by the article's date.
 */
final class PositionFacts {

    private PositionFacts() {
    }

    static void add(ExtractionDraft draft, List<OfficialFinder.Holding> holdings, DateReader dates,
            ArticleClock clock) {
        Map<String, List<OfficialFinder.Holding>> byRole = new LinkedHashMap<>();
        for (OfficialFinder.Holding h : holdings) {
            byRole.computeIfAbsent(h.holder() + " " + h.title().role(), k -> new ArrayList<>()).add(h);
        }
        for (List<OfficialFinder.Holding> same : byRole.values()) {
            OfficialFinder.Holding first = same.get(0);
            String organization = same.stream().map(OfficialFinder.Holding::organization)
                    .filter(o -> o != null).findFirst().orElse(null);
            List<Evidence> evidence = new ArrayList<>();
            for (OfficialFinder.Holding h : same) {
                Evidence e = draft.evidence(h.start(), h.end());
                if (evidence.stream().noneMatch(x -> x.start().equals(e.start()))) {
                    evidence.add(e);
                }
            }
            TextLayout.Span sentence = draft.layout().sentenceOf(first.start());
            DateMention date = sentence == null ? null : dates.first(sentence.start(), sentence.end());
            String attested = date != null ? date.value() : clock.date() != null ? clock.date().toString() : null;
            String id = draft.id("ph-" + RefLib.key(first.holder()) + "-"
                    + RefLib.fold(first.title().role().replaceAll("(?<=[a-z])(?=[A-Z])", "-")));
            String confidence = first.title().organization() != null || organization != null ? "0.9" : "0.8";
            draft.add(new Fact.PositionHolding(id, evidence, ExtractionDraft.confidence(confidence), null,
                    first.holder(), first.title().role(), organization, attested));
        }
    }
}
