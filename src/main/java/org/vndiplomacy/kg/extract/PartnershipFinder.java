package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndiplomacy.kg.annotation.Evidence;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * Finds partnerships: a level's name ("Đối tác chiến lược toàn diện", "Cộng đồng chia sẻ tương lai có ý nghĩa
 * chiến lược") after a word that sets one up or raises it ("thiết lập", "nâng cấp ... lên", "làm sâu sắc", "quan
 * hệ"), between the two countries of its sentence (Vietnam and the one other when only one is named). The verb
 * nearest before the level names the change; the first date of the sentence dates it; a visit of the same
 * sentence is its occasion.
 */
final class PartnershipFinder {

    private static final Pattern LEAD = Pattern.compile(
            "(?iu)(quan hệ|thiết lập|xác lập|nâng cấp|nâng tầm|nâng lên|lên|làm sâu sắc|xây dựng|trở thành|khuôn khổ)"
                    + "[^.;]{0,30}$");
    private static final Map<String, String> CHANGES = Map.ofEntries(
            Map.entry("làm sâu sắc", "Deepened"), Map.entry("tăng cường", "Deepened"),
            Map.entry("nâng cấp", "Upgraded"), Map.entry("nâng tầm", "Upgraded"), Map.entry("nâng lên", "Upgraded"),
            Map.entry("thiết lập", "Established"), Map.entry("xác lập", "Established"),
            Map.entry("xây dựng", "Established"), Map.entry("chính thức trở thành", "Established"),
            Map.entry("tái khẳng định", "Reaffirmed"));
    private static final Pattern CHANGE = Pattern.compile(
            "(?iu)(làm sâu sắc|tăng cường|nâng cấp|nâng tầm|nâng lên|thiết lập|xác lập|xây dựng|chính thức trở thành"
                    + "|tái khẳng định)");

    private final Gazetteer gazetteer;
    private final DateReader dates;

    PartnershipFinder(Gazetteer gazetteer, DateReader dates) {
        this.gazetteer = gazetteer;
        this.dates = dates;
    }

    void find(ExtractionDraft draft, List<VisitFinder.Found> visits) {
        TextLayout layout = draft.layout();
        Map<String, Fact.Partnership> found = new LinkedHashMap<>();
        List<PhraseIndex.Found<String>> levels = gazetteer.levels().findAll(layout);
        for (TextLayout.Span s : layout.sentences()) {
            int window = s.start();
            for (PhraseIndex.Found<String> level : levels) {
                if (level.start() < s.start() || level.end() > s.end()) {
                    continue;
                }
                String before = layout.canonical().substring(window, level.start());
                if (LEAD.matcher(before).find()) {
                    add(draft, found, s, level, before, visits);
                }
                window = level.end();
            }
        }
        found.values().forEach(draft::add);
    }

    /**
     * The two parties: those named right after the level ("... toàn diện Việt Nam - Trung Quốc"); else, when Vietnam
     * is not named in the sentence and two partners are before the level ("Nhật Bản và Philippines nâng cấp quan
     * hệ lên ..."), those two; else Vietnam and the partner named nearest before the level, or first after it.
     */
    private static List<String> parties(ExtractionDraft draft, TextLayout.Span s, PhraseIndex.Found<String> level) {
        List<String> after = draft.allIn(level.end(), Math.min(s.end(), level.end() + 30), "country/", "organization/")
                .stream().filter(r -> r.equals("country/vn") || draft.isPartner(r)).toList();
        if (after.size() == 2) {
            return after;
        }
        List<String> before = draft.allIn(s.start(), level.start(), "country/", "organization/").stream()
                .filter(draft::isPartner).toList();
        boolean vietnam = draft.allIn(s.start(), s.end(), "country/vn").contains("country/vn");
        if (!vietnam && before.size() >= 2) {
            return new ArrayList<>(before.subList(before.size() - 2, before.size()));
        }
        String partner = !before.isEmpty() ? before.get(before.size() - 1)
                : draft.allIn(level.end(), s.end(), "country/", "organization/").stream().filter(draft::isPartner)
                        .findFirst().orElse(null);
        return partner == null ? List.of() : new ArrayList<>(List.of("country/vn", partner));
    }

    private void add(ExtractionDraft draft, Map<String, Fact.Partnership> found, TextLayout.Span s,
            PhraseIndex.Found<String> level, String before, List<VisitFinder.Found> visits) {
        List<String> countries = parties(draft, s, level);
        if (countries.size() != 2) {
            return;
        }
        String key = String.join(" ", countries.stream().sorted().toList()) + " " + level.phrase().value();
        Evidence evidence = draft.evidence(s.start(), level.end());
        Fact.Partnership known = found.get(key);
        if (known != null) {
            List<Evidence> more = new ArrayList<>(known.evidence());
            more.add(evidence);
            found.put(key, new Fact.Partnership(known.id(), more, known.confidence(), null, known.partners(),
                    known.level(), known.change(), known.date(), known.occasion(), known.label()));
            return;
        }
        Matcher change = CHANGE.matcher(before);
        String changeName = change.find() ? CHANGES.get(change.group(1).toLowerCase(java.util.Locale.ROOT)) : null;
        DateMention date = dates.first(s.start(), s.end());
        String occasion = visits.stream().filter(v -> v.sentence().equals(s)).map(VisitFinder.Found::id)
                .findFirst().orElse(null);
        String id = draft.id("partnership-" + RefLib.key(countries.get(0)) + "-" + RefLib.key(countries.get(1))
                + "-" + RefLib.fold(level.phrase().value().replaceAll("(?<=[a-z])(?=[A-Z])", "-")));
        found.put(key, new Fact.Partnership(id, List.of(evidence), ExtractionDraft.confidence("0.8"), null,
                List.copyOf(countries), level.phrase().value(), changeName, date == null ? null : date.value(),
                occasion, draft.layout().text().substring(level.start(), level.end())));
    }
}
