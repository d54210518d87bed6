package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a run of titles: "Tổng Bí thư, Chủ tịch nước Trung Quốc", "Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh",
 * "Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Tập đoàn ...". A place written right after a title is the body the
 * title belongs to ("Tổng thống Hoa Kỳ"); a provincial title without one belongs to the province named last in the
 * line ("Tại điểm cầu tỉnh Nghệ An, ... Chủ tịch UBND tỉnh").
 */
final class TitleChainReader {

    private static final Pattern PROVINCIAL = Pattern.compile(
            "(?iu)(UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Tỉnh [uủ][yỷ]|Thành [uủ][yỷ])"
                    + "(?: (tỉnh|thành phố|TP))?$");

    private final Gazetteer gazetteer;

    TitleChainReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** One title of a chain and the body it belongs to ({@code null} when the text does not say). */
    record Link(Title title, String organization) {
    }

    /** The titles read, the token after them, and the country they tie their holder to. */
    record Chain(List<Link> links, int next, String country) {
    }

    Chain read(ExtractionDraft draft, int i) {
        TextLayout layout = draft.layout();
        List<Link> links = new ArrayList<>();
        String country = null;
        int k = i;
        while (true) {
            PhraseIndex.Found<Title> found = gazetteer.titles().longestAt(layout, k);
            if (found == null) {
                break;
            }
            Title title = found.phrase().value();
            k = found.last() + 1;
            String organization = declared(draft, found, title.organization());
            k = skipNuoc(layout, k);
            PhraseIndex.Found<Place> place = placeOverlapping(layout, found);
            if (place == null && k < layout.tokens().size() && NameReader.adjacent(layout, k - 1, k)) {
                place = placeAt(draft, k);
            }
            if (place != null) {
                Place p = place.phrase().value();
                String body = "locality".equals(p.kind()) ? provincial(draft, found, p, place.end()) : null;
                if (body != null) {
                    organization = body;
                } else if (organization == null
                        || "country".equals(p.kind()) && !p.ref().equals(countryOf(organization))) {
                    organization = p.ref();
                }
                draft.mention(p.ref(), p, place.start(), place.end());
                k = skipAcronym(layout, skipAt(layout, place.last() + 1));
            } else {
                if (organization == null) {
                    organization = provincial(draft, found, lastProvinceBefore(layout, found.start()), found.end());
                }
                k = skipAcronym(layout, skipAt(layout, k));
            }
            links.add(new Link(title, organization));
            if (country == null) {
                country = organization != null ? countryOf(organization) : "vn".equals(title.scope()) ? "country/vn"
                        : countryInside(layout, found);
            }
            int joiner = joinerEnd(layout, k);
            if (joiner < 0 || gazetteer.titles().longestAt(layout, joiner) == null) {
                break;
            }
            k = joiner;
        }
        return links.isEmpty() ? null : new Chain(links, k, country);
    }

    /**
     * The body a title names ("Bộ Ngoại giao" in "Bộ trưởng Bộ Ngoại giao"), declared in the draft and mentioned where
     * its name is written inside the title; {@code null} when the gazetteer does not know it.
     */
    private String declared(ExtractionDraft draft, PhraseIndex.Found<Title> found, String organization) {
        Place known = organization == null ? null : gazetteer.place(organization);
        if (known == null) {
            return null;
        }
        draft.entity(organization, known);
        for (int k = found.first(); k <= found.last(); k++) {
            PhraseIndex.Found<Place> inside = gazetteer.places().longestAt(draft.layout(), k);
            if (inside != null && inside.phrase().value().ref().equals(organization) && inside.end() <= found.end()) {
                draft.mention(organization, known, inside.start(), inside.end());
                break;
            }
        }
        return organization;
    }

    /**
     * A Vietnamese province or city whose name starts inside a provincial title and runs past its end: "Chủ tịch UBND
     * Thành phố Hồ Chí Minh", "Chủ tịch UBND TP.HCM" (the title ends with "Thành phố", "TP"); or {@code null}.
     */
    private PhraseIndex.Found<Place> placeOverlapping(TextLayout layout, PhraseIndex.Found<Title> found) {
        for (int t = found.first() + 1; t <= found.last(); t++) {
            PhraseIndex.Found<Place> p = gazetteer.places().longestAt(layout, t);
            if (p != null && p.end() > found.end() && "locality".equals(p.phrase().value().kind())) {
                return p;
            }
        }
        return null;
    }

    /** The place or organization named at token {@code k}: the gazetteer's, else one found by its head word. */
    private PhraseIndex.Found<Place> placeAt(ExtractionDraft draft, int k) {
        PhraseIndex.Found<Place> known = gazetteer.places().longestAt(draft.layout(), k);
        return known != null ? known : draft.organizationAt(k);
    }

    /** The country a title names inside itself ("Thủ tướng Trung Quốc"), or {@code null}. */
    private String countryInside(TextLayout layout, PhraseIndex.Found<Title> found) {
        for (int k = found.first() + 1; k <= found.last(); k++) {
            PhraseIndex.Found<Place> inside = gazetteer.places().longestAt(layout, k);
            if (inside != null && "country".equals(inside.phrase().value().kind()) && inside.end() <= found.end()) {
                return inside.phrase().value().ref();
            }
        }
        return null;
    }

    /** Skips the word "nước" (country) before a country's name: "Chủ tịch nước Cộng hòa nhân dân Trung Hoa". */
    private int skipNuoc(TextLayout layout, int k) {
        List<Token> tokens = layout.tokens();
        if (k + 1 < tokens.size() && tokens.get(k).canonical().equals("nước")) {
            PhraseIndex.Found<Place> next = gazetteer.places().longestAt(layout, k + 1);
            if (next != null && "country".equals(next.phrase().value().kind())) {
                return k + 1;
            }
        }
        return k;
    }

    /** Skips an acronym in brackets after a body's name: "Diễn đàn Kinh tế thế giới (WEF)". */
    private static int skipAcronym(TextLayout layout, int k) {
        List<Token> tokens = layout.tokens();
        boolean acronym = k + 2 < tokens.size() && tokens.get(k).text().equals("(")
                && tokens.get(k + 2).text().equals(")") && tokens.get(k + 1).text().matches("[A-Z][A-Z0-9&]{1,9}");
        return acronym ? k + 3 : k;
    }

    /** After "Đại sứ ... Thái Lan", skips "tại Việt Nam". */
    private int skipAt(TextLayout layout, int k) {
        List<Token> tokens = layout.tokens();
        if (k + 1 < tokens.size() && tokens.get(k).canonical().equals("tại")) {
            PhraseIndex.Found<Place> at = gazetteer.places().longestAt(layout, k + 1);
            if (at != null) {
                return at.last() + 1;
            }
        }
        return k;
    }

    /** The token after ", " or " kiêm " at {@code k}, or {@code -1}. */
    private static int joinerEnd(TextLayout layout, int k) {
        List<Token> tokens = layout.tokens();
        if (k + 1 >= tokens.size()) {
            return -1;
        }
        String t = tokens.get(k).canonical();
        return t.equals(",") || t.equals("kiêm") ? k + 1 : -1;
    }

    /** The ref of the country an organization or place belongs to ({@code country/vn} for Vietnam's bodies). */
    String countryOf(String ref) {
        if (ref.startsWith("country/")) {
            return ref;
        }
        Place p = gazetteer.place(ref);
        return p != null ? p.country() : ref.startsWith("organization/ubnd-") || ref.startsWith("organization/tinh-uy-")
                ? "country/vn" : null;
    }

    /**
     * For "Chủ tịch UBND tỉnh" and the like: the body of a Vietnamese province (the one written after the title, or
     * else the one named last before it in the line), mentioned from the body's name to {@code end}.
     */
    private String provincial(ExtractionDraft draft, PhraseIndex.Found<Title> found, Place province, int end) {
        TextLayout layout = draft.layout();
        String written = layout.text().substring(found.start(), found.end());
        Matcher m = PROVINCIAL.matcher(written);
        if (!m.find() || province == null || !"country/vn".equals(province.country())) {
            return null;
        }
        String body = MatchLib.canonical(m.group(1));
        boolean party = body.startsWith("tỉnh") || body.startsWith("thành");
        String prefix = party ? (body.startsWith("tỉnh") ? "tinh-uy" : "thanh-uy")
                : body.startsWith("h") ? "hdnd-tinh" : "ubnd-tinh";
        String ref = "organization/" + prefix + "-" + province.ref().substring("locality/".length());
        String label = (party ? m.group(1) : m.group(1) + " tỉnh") + " " + province.label();
        ExtractionDraft.Entity e = draft.entity(ref, null);
        if (e.label == null) {
            e.label = label;
            e.country = "country/vn";
        }
        draft.mention(ref, null, found.start() + m.start(), end);
        return ref;
    }

    private Place lastProvinceBefore(TextLayout layout, int offset) {
        TextLayout.Span line = layout.lineOf(offset);
        if (line == null) {
            return null;
        }
        Place last = null;
        for (int k = layout.tokenAt(Math.max(line.start(), offset - 600)); k < layout.tokens().size(); k++) {
            if (layout.tokens().get(k).start() >= offset) {
                break;
            }
            PhraseIndex.Found<Place> f = gazetteer.places().longestAt(layout, k);
            if (f != null && "locality".equals(f.phrase().value().kind())
                    && "country/vn".equals(f.phrase().value().country())) {
                last = f.phrase().value();
            }
        }
        return last;
    }
}
