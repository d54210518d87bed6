package org.vndiplomacy.kg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndiplomacy.kg.annotation.Evidence;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * Finds visits: "chuyến thăm [chính thức] Việt Nam của Tổng thống Hoa Kỳ Joe Biden", "Dmitry Medvedev thăm Việt
 * Nam", "Thủ tướng ... lên đường ... và làm việc tại Trung Quốc". The destination is the first country or place
 * named after the word for visiting; the visitor is the official named after "của" or else the last one named
 * before it in the sentence, and must come from elsewhere than the destination.
 */
final class VisitFinder {

    private static final Pattern CUE = Pattern.compile(
            "(?iu)(?<!\\p{L})(chuyến thăm|chuyến công tác|thăm|công du|làm việc tại|công tác tại|sang thăm|tới thăm"
                    + "|đến thăm)"
                    + "((?: (?:chính thức|cấp nhà nước|cấp cao|làm việc|hữu nghị|và làm việc|thành công))*)(?!\\p{L})");
    private static final Pattern VISITOR_AFTER = Pattern.compile("(?iu)^[^.;]{0,40}?\\bcủa\\s");

    private final Map<String, OfficialFinder.Official> officials;
    private final DateReader dates;

    /** A visit found, by visitor and destination, with the sentence that says so; {@code dated} if it gives a date. */
    record Found(String id, String visitor, String destination, TextLayout.Span sentence, boolean dated) {
    }

    private final Map<String, Found> found = new LinkedHashMap<>();
    private final Map<String, Fact.Visit> visits = new LinkedHashMap<>();

    VisitFinder(Map<String, OfficialFinder.Official> officials, DateReader dates) {
        this.officials = officials;
        this.dates = dates;
    }

    List<Found> find(ExtractionDraft draft) {
        TextLayout layout = draft.layout();
        for (TextLayout.Span s : layout.sentences()) {
            Matcher cue = CUE.matcher(layout.text()).region(s.start(), s.end());
            while (cue.find()) {
                String destination = draft.firstIn(cue.end(), Math.min(s.end(), cue.end() + 40), "country/",
                        "locality/");
                String visitor = visitor(draft, s, cue, destination);
                if (destination == null || visitor == null) {
                    continue;
                }
                String key = visitor + " " + destination;
                DateMention date = dates.first(s.start(), s.end());
                if (date == null && !dates.clock().known()) {
                    continue;
                }
                Found known = found.get(key);
                if (known != null && (date == null || known.dated())) {
                    continue;
                }
                String id = known != null ? known.id() : draft.id("visit-" + RefLib.key(visitor) + "-"
                        + RefLib.key(destination));
                found.put(key, new Found(id, visitor, destination, s, date != null));
                Evidence e = draft.evidence(s.start(), s.end());
                String start = date != null ? date.value() : Integer.toString(dates.clock().year());
                visits.put(key, new Fact.Visit(id, List.of(e), ExtractionDraft.confidence(date != null ? "0.7" : "0.5"),
                        date != null ? null : "undated in its sentence: the article's year", visitor, destination,
                        start, date == null ? null : date.last(), kind(cue.group()), List.of(), null, null));
            }
        }
        visits.values().forEach(draft::add);
        return List.copyOf(found.values());
    }

    private String visitor(ExtractionDraft draft, TextLayout.Span s, Matcher cue, String destination) {
        if (destination == null) {
            return null;
        }
        String candidate = null;
        Matcher after = VISITOR_AFTER.matcher(draft.layout().text()).region(cue.end(), s.end());
        if (after.find()) {
            candidate = draft.firstIn(after.end(), s.end(), "official/");
        }
        if (candidate == null) {
            candidate = draft.lastIn(s.start(), cue.start(), "official/");
        }
        if (candidate == null) {
            return null;
        }
        OfficialFinder.Official o = officials.get(candidate);
        String home = o == null ? null : o.country();
        String destinationCountry = draft.countryOf(destination);
        return home != null && home.equals(destinationCountry) ? null : candidate;
    }

    private static String kind(String cue) {
        String c = MatchLib.canonical(cue);
        if (c.contains("cấp nhà nước")) {
            return "StateVisit";
        }
        if (c.contains("chính thức")) {
            return "OfficialVisit";
        }
        return c.contains("làm việc") || c.contains("công tác") ? "WorkingVisit" : "Visit";
    }
}
