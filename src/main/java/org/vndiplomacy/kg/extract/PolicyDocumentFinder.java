package org.vndiplomacy.kg.extract;

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
 * Finds policy documents by their numbers: "Chỉ thị số 15-CT/TW ngày 10/8/2022 của Ban Bí thư", "Nghị quyết số
 * 21/NQ-CP ngày 20/2/2023 của Chính phủ", "Quyết định 1234/QĐ-TTg". A directive cited by its number alone ("Chỉ thị
 * 15") takes the full number the article gives elsewhere, or else the Party's form {@code 15-CT/TW}.
 */
final class PolicyDocumentFinder {

    private static final String TYPES = "Chỉ thị|Nghị quyết|Quyết định|Nghị định|Thông tư|Kết luận|Luật|Chương trình";
    private static final Pattern FULL = Pattern.compile("(?u)(" + TYPES + ")?\\s*(?:số\\s+)?"
            + "(\\d+(?:/\\d{4})?[-/](?:CT|NQ|QĐ|NĐ|TT|KL|QH\\d*)(?:[-/][A-ZĐ][A-Za-zĐđ]*)?(?:-[A-ZĐ][A-Za-zĐđ]*)?)"
            + "(?![\\p{L}\\d])");
    private static final Pattern SHORT = Pattern.compile(
            "(?u)(Chỉ thị|Nghị quyết)\\s+(?:số\\s+)?(\\d{1,3})(?![\\d/-])");
    private static final Pattern DATE = Pattern.compile("(?u)^\\s*ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISSUER = Pattern.compile("(?u)^[^.;]{0,30}?\\bcủa\\s");
    private static final Map<String, String> KINDS = Map.of("chỉ thị", "Directive", "nghị quyết", "Resolution",
            "quyết định", "Decision", "nghị định", "Decree", "luật", "Law", "chương trình", "Program",
            "ct", "Directive", "nq", "Resolution", "qđ", "Decision", "nđ", "Decree");

    void find(ExtractionDraft draft) {
        TextLayout layout = draft.layout();
        String text = layout.text();
        Map<String, Fact.PolicyDocument> found = new LinkedHashMap<>();
        for (TextLayout.Span s : layout.sentences()) {
            Matcher m = FULL.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                String number = m.group(2);
                String code = number.replaceAll("^[\\d/]+[-/]", "").replaceAll("[-/].*", "");
                String type = m.group(1) != null ? KINDS.get(m.group(1).toLowerCase(Locale.ROOT))
                        : KINDS.get(code.toLowerCase(Locale.ROOT));
                add(draft, found, number, type, m.start(m.group(1) != null ? 1 : 2), m.end(), s, "0.9");
            }
        }
        for (TextLayout.Span s : layout.sentences()) {
            Matcher m = SHORT.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                String kind = KINDS.get(m.group(1).toLowerCase(Locale.ROOT));
                String suffix = kind.equals("Directive") ? "-CT/TW" : "-NQ/TW";
                String number = found.keySet().stream().filter(n -> n.startsWith(m.group(2) + "-")
                        || n.startsWith(m.group(2) + "/")).findFirst().orElse(m.group(2) + suffix);
                add(draft, found, number, kind, m.start(), m.end(), s, found.containsKey(number) ? "0.8" : "0.6");
            }
        }
        found.values().forEach(draft::add);
    }

    private void add(ExtractionDraft draft, Map<String, Fact.PolicyDocument> found, String number, String type,
            int start, int end, TextLayout.Span sentence, String confidence) {
        TextLayout layout = draft.layout();
        Fact.PolicyDocument known = found.get(number);
        Matcher date = DATE.matcher(layout.text()).region(end, sentence.end());
        String issuedOn = date.lookingAt() ? DateReader.day(Integer.parseInt(date.group(3)), date.group(1),
                date.group(2)) : null;
        int after = date.lookingAt() ? date.end() : end;
        Matcher of = ISSUER.matcher(layout.text()).region(after, sentence.end());
        String issuer = of.lookingAt() ? draft.firstIn(of.end(), Math.min(sentence.end(), of.end() + 3),
                "organization/") : null;
        int evidenceEnd = issuer != null ? of.end() + draft.get(issuer).mentions.values().stream()
                .filter(m -> m[0] == of.end()).mapToInt(m -> m[1] - m[0]).findFirst().orElse(0) : after;
        Evidence evidence = draft.evidence(start, evidenceEnd);
        if (known != null) {
            if (known.evidence().stream().noneMatch(e -> e.start().equals(evidence.start()))) {
                List<Evidence> more = new java.util.ArrayList<>(known.evidence());
                more.add(evidence);
                found.put(number, new Fact.PolicyDocument(known.id(), more, known.confidence(), null, number,
                        known.documentType(), known.label(), known.issuedOn() != null ? known.issuedOn() : issuedOn,
                        known.issuer() != null ? known.issuer() : issuer));
            }
            return;
        }
        String id = draft.id("doc-" + RefLib.fold(number));
        found.put(number, new Fact.PolicyDocument(id, List.of(evidence), ExtractionDraft.confidence(confidence), null,
                number, type, layout.text().substring(start, end), issuedOn, issuer));
    }
}
