package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndiplomacy.kg.annotation.Evidence;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * Finds conferences, forums, congresses and meetings by name ("Hội nghị Ngoại vụ toàn quốc lần thứ 21", "Đại hội
 * XIII của Đảng", "Phiên họp toàn thể về ngoại giao kinh tế"), and talks, meetings and receptions between two
 * officials ("hội đàm với", "hội kiến", "tiếp"). An official who "chủ trì" in the sentence chairs it, one who
 * "đồng chủ trì" co-chairs it; "tại" a place locates it; the sentence's first date dates it. The same name in one
 * article is one event.
 */
final class EventFinder {

    private static final String HEADS = "Hội nghị thượng đỉnh|Hội nghị cấp cao|Hội nghị|Diễn đàn|Hội thảo|Phiên họp"
            + "|Đại hội|Hội chợ|Triển lãm|Tọa đàm|Tuần lễ Cấp cao|Hội nghị Ngoại giao";
    private static final String STOP = "ngày|tổ chức|diễn ra|vừa|tại|do|đã|được|với sự|nhằm|sẽ|này|trên|sáng|chiều|tối"
            + "|hôm|và|cũng|khẳng định|là|có|đề ra|xác định|thể hiện|cho thấy|lần đầu|nhấn mạnh|đánh giá|thông qua"
            + "|kết thúc|khai mạc|bế mạc|mở ra|nêu|đặt ra|chỉ rõ|trong|từ|đến|sau|trước|khi|nhân dịp|bên lề";
    private static final Pattern NAMED = Pattern.compile("(?u)(?<!\\p{L})(" + HEADS + "|hội nghị|phiên họp|diễn đàn)"
            + "((?:\\s+(?!(?:" + STOP + ")(?!\\p{L}))[\\p{L}\\d“”\"-]+|,\\s(?=[\\p{Ll}])(?!(?:" + STOP
            + ")(?!\\p{L}))[\\p{L}]+)*)");
    private static final Pattern EDITION = Pattern.compile(
            "(?iu)lần thứ\\s+(\\d+|[IVXLC]+)|(?<=Đại hội )([IVXLC]+)\\b");
    private static final Pattern TALKS = Pattern.compile("(?u)(?<!\\p{L})(hội đàm|hội kiến|điện đàm|tiếp xúc|"
            + "tiếp(?=\\s+(?:ông|bà|ngài|Ngài|đoàn|Đoàn|\\p{Lu})))(?:\\s+(?:với|và làm việc với))?\\s");
    private static final Pattern CHAIRS = Pattern.compile("(?iu)(?<!đồng )(?<!\\p{L})chủ trì");
    private static final Pattern CO_CHAIRS = Pattern.compile("(?iu)(?<!\\p{L})đồng chủ trì");
    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("hội nghị", "Conference"),
            Map.entry("diễn đàn", "Forum"), Map.entry("hội thảo", "Conference"), Map.entry("phiên họp", "Meeting"),
            Map.entry("đại hội", "Congress"), Map.entry("hội chợ", "Forum"), Map.entry("triển lãm", "Forum"),
            Map.entry("tọa đàm", "Conference"), Map.entry("tuần lễ", "Conference"), Map.entry("hội đàm", "Talks"),
            Map.entry("điện đàm", "Talks"), Map.entry("hội kiến", "Meeting"), Map.entry("tiếp xúc", "Meeting"),
            Map.entry("tiếp", "Reception"));

    private final DateReader dates;
    private final Map<String, Fact.Event> events = new LinkedHashMap<>();

    EventFinder(DateReader dates) {
        this.dates = dates;
    }

    void find(ExtractionDraft draft) {
        TextLayout layout = draft.layout();
        String last = null;
        for (TextLayout.Span s : layout.sentences()) {
            Matcher m = NAMED.matcher(layout.text()).region(s.start(), s.end());
            boolean any = false;
            while (m.find()) {
                String key = named(draft, s, m, last);
                if (key != null) {
                    last = key;
                    any = true;
                }
            }
            if (!any && last != null && CO_CHAIRS.matcher(layout.text()).region(s.start(), s.end()).find()) {
                coChair(draft, s, last);
            }
            talks(draft, s);
        }
        events.values().forEach(draft::add);
    }

    private String named(ExtractionDraft draft, TextLayout.Span s, Matcher m, String last) {
        TextLayout layout = draft.layout();
        String label = layout.text().substring(m.start(), m.end()).strip().replaceAll("[,\\s]+$", "");
        String head = m.group(1).toLowerCase(Locale.ROOT);
        String rest = label.substring(m.group(1).length()).strip();
        Integer edition = edition(label);
        boolean lower = Character.isLowerCase(m.group(1).charAt(0));
        boolean named = edition != null || !lower && rest.split("\\s+").length >= 2
                || lower && !rest.isEmpty() && (Character.isUpperCase(rest.charAt(0)) || rest.charAt(0) == '“');
        if (!named) {
            if (!lower && rest.isEmpty() && last != null && events.get(last).eventKind().equals(kind(head))) {
                addEvidence(last, draft.evidence(s.start(), s.end()));
            }
            return null;
        }
        String key = edition != null ? kind(head) + " " + MatchLib.canonical(m.group(1)) + " " + edition
                : MatchLib.canonical(label).replaceAll("\\s+", " ");
        Evidence evidence = draft.evidence(s.start(), s.end());
        if (events.containsKey(key)) {
            addEvidence(key, evidence);
            return key;
        }
        DateMention date = dates.first(s.start(), s.end());
        String chair = CHAIRS.matcher(layout.text()).region(s.start(), m.start()).find()
                ? draft.lastIn(s.start(), m.start(), "official/") : null;
        String location = location(draft, s);
        List<String> participants = new ArrayList<>(draft.allIn(s.start(), s.end(), "official/"));
        participants.remove(chair);
        String id = draft.id("ev-" + RefLib.fold(label).replaceAll("^(.{0,60}).*", "$1"));
        events.put(key, new Fact.Event(id, List.of(evidence), ExtractionDraft.confidence("0.6"), null, label, null,
                kind(head), date == null ? null : date.value(), date == null ? null : date.last(), location,
                chair == null ? List.of() : List.of(chair), List.of(), List.copyOf(participants), null, edition));
        return key;
    }

    private void talks(ExtractionDraft draft, TextLayout.Span s) {
        TextLayout layout = draft.layout();
        Matcher m = TALKS.matcher(layout.text()).region(s.start(), s.end());
        while (m.find()) {
            String host = draft.lastIn(s.start(), m.start(), "official/");
            String guest = draft.firstIn(m.end(), Math.min(s.end(), m.end() + 120), "official/");
            if (host == null || guest == null || host.equals(guest)) {
                continue;
            }
            String kind = kind(m.group(1).toLowerCase(Locale.ROOT));
            String key = kind + " " + host + " " + guest;
            if (events.containsKey(key)) {
                addEvidence(key, draft.evidence(s.start(), s.end()));
                continue;
            }
            DateMention date = dates.first(s.start(), s.end());
            String label = draft.get(host).label + " " + m.group(1) + " " + draft.get(guest).label;
            String id = draft.id("ev-" + RefLib.fold(kind) + "-" + RefLib.key(host) + "-" + RefLib.key(guest));
            events.put(key, new Fact.Event(id, List.of(draft.evidence(s.start(), s.end())),
                    ExtractionDraft.confidence("0.6"), null, label, null, kind, date == null ? null : date.value(),
                    null, location(draft, s), List.of(), List.of(), List.of(host, guest), null, null));
        }
    }

    private void coChair(ExtractionDraft draft, TextLayout.Span s, String key) {
        Fact.Event e = events.get(key);
        List<String> co = draft.allIn(s.start(), s.end(), "official/");
        if (co.isEmpty()) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>(e.evidence());
        evidence.add(draft.evidence(s.start(), s.end()));
        events.put(key, new Fact.Event(e.id(), evidence, e.confidence(), null, e.label(), e.labelEn(), e.eventKind(),
                e.startDate(), e.endDate(), e.location(), e.chairs(), co, e.participants(), e.organizer(),
                e.edition()));
    }

    private void addEvidence(String key, Evidence more) {
        Fact.Event e = events.get(key);
        if (e.evidence().stream().anyMatch(x -> x.start().equals(more.start()))) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>(e.evidence());
        evidence.add(more);
        events.put(key, new Fact.Event(e.id(), evidence, e.confidence(), null, e.label(), e.labelEn(), e.eventKind(),
                e.startDate(), e.endDate(), e.location(), e.chairs(), e.coChairs(), e.participants(), e.organizer(),
                e.edition()));
    }

    private static String location(ExtractionDraft draft, TextLayout.Span s) {
        Matcher at = Pattern.compile("(?iu)(?<!\\p{L})tại\\s+(?:thành phố\\s+|thủ đô\\s+|tỉnh\\s+)?")
                .matcher(draft.layout().text()).region(s.start(), s.end());
        while (at.find()) {
            String place = draft.firstIn(at.end(), Math.min(s.end(), at.end() + 2), "locality/", "country/");
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /** The edition a label names ("lần thứ 21", "Đại hội XIII"), or null; 0 and numbers over four digits are none. */
    static Integer edition(String label) {
        Matcher m = EDITION.matcher(label);
        if (!m.find()) {
            return null;
        }
        String n = m.group(1) != null ? m.group(1) : m.group(2);
        if (n.matches("\\d+")) {
            return n.length() <= 4 && Integer.parseInt(n) > 0 ? Integer.valueOf(n) : null;
        }
        return RomanLib.value(n);
    }

    private static String kind(String head) {
        String h = MatchLib.canonical(head);
        for (Map.Entry<String, String> k : KINDS.entrySet()) {
            if (h.startsWith(k.getKey())) {
                return k.getValue();
            }
        }
        return "Meeting";
    }
}
