package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * Finds agreements signed: "ký hiệp định thương mại tự do (FTA) với Israel", "ký kết Bản ghi nhớ hợp tác ... giữa
 * Việt Nam và Nhật Bản". Counts ("ký 422 thỏa thuận") are figures, not agreements. The parties are Vietnam and the
 * countries or international bodies named in the clause; a date or year of the sentence dates it.
 */
final class AgreementFinder {

    private static final String TYPES = "hiệp định|bản ghi nhớ|biên bản ghi nhớ|thỏa thuận|thoả thuận|văn kiện|MoU|FTA"
            + "|hiệp ước|công ước";
    private static final Pattern SIGNED = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:ký kết|ký|đã ký|trao|trao đổi)\\s+(?:chính thức\\s+)?(?:các\\s+|một\\s+)?"
                    + "(" + TYPES + ")([^.;]*)");
    private static final Pattern PASSIVE = Pattern.compile(
            "(?u)(?<!\\p{L})(Hiệp định|Bản ghi nhớ|Thỏa thuận|Thoả thuận|Hiệp ước)([^.;]{0,80}?)"
                    + "\\s(?:được|đã được)\\s+ký");

    private final DateReader dates;

    AgreementFinder(DateReader dates) {
        this.dates = dates;
    }

    void find(ExtractionDraft draft) {
        TextLayout layout = draft.layout();
        for (TextLayout.Span s : layout.sentences()) {
            for (Pattern p : List.of(SIGNED, PASSIVE)) {
                Matcher m = p.matcher(layout.text()).region(s.start(), s.end());
                while (m.find()) {
                    add(draft, s, m.start(1), p == PASSIVE ? m.end(2) : clauseEnd(layout.text(), m.start(1), s.end()));
                }
            }
        }
    }

    /** An agreement named from {@code start} to {@code end}, between Vietnam and the partners named there. */
    private void add(ExtractionDraft draft, TextLayout.Span s, int start, int end) {
        TextLayout layout = draft.layout();
        List<String> parties = new ArrayList<>(List.of("country/vn"));
        for (String ref : draft.allIn(start, end, "country/", "organization/")) {
            if (!parties.contains(ref) && draft.isPartner(ref)) {
                parties.add(ref);
            }
        }
        if (parties.size() < 2) {
            return;
        }
        DateMention date = dates.first(s.start(), s.end());
        String head = layout.canonical().substring(start, Math.min(end, start + 60));
        String type = type(head);
        String label = layout.text().substring(start, end).strip()
                .replaceAll("(?u)\\s+(?:vào\\s+)?ngày\\s+\\d{1,2}/\\d{1,2}(?:/\\d{4})?.*$", "").replaceAll("[\\s.,;:]+$", "");
        String id = draft.id("agreement-" + RefLib.key(parties.get(1)) + "-" + RefLib.fold(type));
        draft.add(new Fact.Agreement(id, List.of(draft.evidence(s.start(), end)), ExtractionDraft.confidence("0.7"),
                null, label, type, List.copyOf(parties), date == null ? null : date.value()));
    }

    private static int clauseEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '.' && i + 1 < to && Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
            if (text.startsWith(" và đang", i) || text.startsWith(", và đang", i)) {
                return i;
            }
        }
        return to;
    }

    private static String type(String clause) {
        if (clause.contains("thương mại tự do") || clause.contains("fta")) {
            return "FreeTradeAgreement";
        }
        if (clause.contains("ghi nhớ") || clause.contains("mou")) {
            return "MemorandumOfUnderstanding";
        }
        return clause.startsWith("văn kiện") ? "CooperationDocument" : "CooperationAgreement";
    }
}
