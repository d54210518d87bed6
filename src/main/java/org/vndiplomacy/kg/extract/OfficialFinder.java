package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * Finds officials by their titles: "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn", "Tổng Bí thư, Chủ tịch nước Trung
 * Quốc Tập Cận Bình" (titles first), "bà Nguyễn Thị Ngọc Anh - Phó Giám đốc Sở Ngoại vụ Hà Nội" (name first, after
 * ông, bà, đồng chí). Each title becomes a {@link Holding}; every later place the name is written, and "ông Sơn"
 * for an official called Sơn, becomes a mention.
 */
final class OfficialFinder {

    private static final Set<String> HONORIFICS = Set.of("ông", "bà", "đồng chí", "ngài");

    private final Gazetteer gazetteer;
    private final NameReader names;
    private final TitleChainReader chains;

    /** A title held by a named official, with the span that says so. */
    record Holding(String holder, Title title, String organization, int start, int end) {
    }

    /** An official: ref, name, and the country their titles tie them to ({@code null} when unknown). */
    record Official(String ref, String name, String country) {
    }

    private final Map<String, Official> officials = new LinkedHashMap<>();
    private final List<Holding> holdings = new ArrayList<>();

    OfficialFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.names = new NameReader(gazetteer);
        this.chains = new TitleChainReader(gazetteer);
    }

    /** Reads the whole text; then {@link #officials()} and {@link #holdings()} hold what was found. */
    void find(ExtractionDraft draft) {
        TextLayout layout = draft.layout();
        List<Token> tokens = layout.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (layout.inFurniture(tokens.get(i).start()) || layout.lineOf(tokens.get(i).start()) == null) {
                continue;
            }
            int next = titleFirst(draft, i);
            if (next < 0) {
                next = nameFirst(draft, i);
            }
            if (next > i) {
                i = next - 1;
            }
        }
        new OfficialMentions(draft, officials.values()).find();
    }

    /** Titles then a name; the index after what was read, or {@code -1}. */
    private int titleFirst(ExtractionDraft draft, int i) {
        TextLayout layout = draft.layout();
        TitleChainReader.Chain chain = chains.read(draft, i);
        if (chain == null) {
            return -1;
        }
        int nameStart = chain.next();
        int nameEnd = names.nameEnd(layout, nameStart);
        if (nameEnd < 0) {
            return chain.next();
        }
        String ref = official(draft, nameStart, nameEnd, chain);
        int end = layout.tokens().get(nameEnd).end();
        for (TitleChainReader.Link link : chain.links()) {
            holdings.add(new Holding(ref, link.title(), link.organization(), layout.tokens().get(i).start(), end));
        }
        return nameEnd + 1;
    }

    /** An honorific, a name, a dash or comma, then titles; the index after what was read, or {@code -1}. */
    private int nameFirst(ExtractionDraft draft, int i) {
        TextLayout layout = draft.layout();
        List<Token> tokens = layout.tokens();
        int h = honorificEnd(tokens, i);
        if (h < 0) {
            return -1;
        }
        int nameEnd = names.nameEnd(layout, h + 1);
        if (nameEnd < 0 || nameEnd + 2 >= tokens.size() || !",–-".contains(tokens.get(nameEnd + 1).text())) {
            return -1;
        }
        TitleChainReader.Chain chain = chains.read(draft, nameEnd + 2);
        if (chain == null) {
            return -1;
        }
        String ref = official(draft, h + 1, nameEnd, chain);
        int end = tokens.get(chain.next() - 1).end();
        for (TitleChainReader.Link link : chain.links()) {
            holdings.add(new Holding(ref, link.title(), link.organization(), tokens.get(i).start(), end));
        }
        return chain.next();
    }

    private static int honorificEnd(List<Token> tokens, int i) {
        String first = tokens.get(i).canonical();
        if (HONORIFICS.contains(first)) {
            return i;
        }
        if (i + 1 < tokens.size() && HONORIFICS.contains(first + " " + tokens.get(i + 1).canonical())) {
            return i + 1;
        }
        return -1;
    }

    private String official(ExtractionDraft draft, int nameStart, int nameEnd, TitleChainReader.Chain chain) {
        TextLayout layout = draft.layout();
        int start = layout.tokens().get(nameStart).start();
        int end = layout.tokens().get(nameEnd).end();
        String name = layout.text().substring(start, end);
        String ref = "official/" + RefLib.fold(name);
        ExtractionDraft.Entity e = draft.entity(ref, null);
        if (e.label == null) {
            e.label = name;
            String ascii = NameReader.ascii(name);
            e.labelEn = ascii.equals(name) ? null : ascii;
        }
        draft.mention(ref, null, start, end);
        Official known = officials.get(ref);
        String country = known != null && known.country() != null ? known.country() : chain.country();
        officials.put(ref, new Official(ref, name, country));
        return ref;
    }

    Map<String, Official> officials() {
        return officials;
    }

    List<Holding> holdings() {
        return holdings;
    }
}
