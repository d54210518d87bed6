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

    private static final Pattern SIGNED = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:ký kết|ký|đã ký|thông qua)\\s+(?:chính thức\\s+)?(?:các\\s+|một\\s+)?"
                    + "(hiệp định|bản ghi nhớ|biên bản ghi nhớ|thỏa thuận|thoả thuận|văn kiện|MoU|FTA|hiệp ước|công ước)"
                    + "([^.;]*)");

    private final DateReader dates;

    AgreementFinder(DateReader dates) {
        this.dates = dates;
    }

    void find(ExtractionDraft draft) {
        TextLayout layout = draft.layout();
        for (TextLayout.Span s : layout.sentences()) {
            Matcher m = SIGNED.matcher(layout.text()).region(s.start(), s.end());
            while (m.find()) {
                int clauseEnd = clauseEnd(layout.text(), m.start(1), s.end());
                List<String> parties = new ArrayList<>(List.of("country/vn"));
                for (String ref : draft.allIn(m.start(1), clauseEnd, "country/", "organization/")) {
                    if (!parties.contains(ref) && (ref.startsWith("country/") || isInternational(draft, ref))) {
                        parties.add(ref);
                    }
                }
                if (parties.size() < 2) {
                    continue;
                }
                DateMention date = dates.first(s.start(), s.end());
                String type = type(MatchLib.canonical(layout.text().substring(m.start(1), clauseEnd)));
                String label = layout.text().substring(m.start(1), clauseEnd).strip();
                String id = draft.id("agreement-" + RefLib.key(parties.get(1)) + "-" + RefLib.fold(type));
                draft.add(new Fact.Agreement(id, List.of(draft.evidence(s.start(), clauseEnd)),
                        ExtractionDraft.confidence("0.7"), null, label, type, List.copyOf(parties),
                        date == null ? null : date.value()));
            }
        }
    }

    private static boolean isInternational(ExtractionDraft draft, String ref) {
        ExtractionDraft.Entity e = draft.get(ref);
        return e != null && e.country == null && e.label == null;
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
