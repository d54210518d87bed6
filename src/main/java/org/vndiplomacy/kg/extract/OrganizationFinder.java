package org.vndiplomacy.kg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * Finds organizations the gazetteer does not know, by the word that heads their name ("Tập đoàn", "Đại sứ quán",
 * "Hội đồng", "Đảng", "Quốc vụ viện"...) and what follows: up to and including the country or place their name
 * ends with ("Hội đồng An ninh Liên bang Nga", "Đại sứ quán Vương quốc Thái Lan tại Việt Nam"), or up to the
 * acronym in brackets after it ("Tập đoàn Thông tin tín hiệu đường sắt Trung Quốc (CRSC)"). Names that end
 * nowhere clear are left alone.
 */
final class OrganizationFinder {

    private static final Set<String> HEADS = Set.of("tập đoàn", "tổng công ty", "công ty", "đại sứ quán",
            "tổng lãnh sự quán", "lãnh sự quán", "phái đoàn", "quốc vụ viện", "hội đồng", "ủy ban", "liên đoàn",
            "hiệp hội", "phòng thương mại", "viện", "trường đại học", "đại học", "ngân hàng", "quỹ", "tổ chức",
            "đảng", "bộ", "cơ quan", "tổng cục", "cục", "sở", "ban");
    private static final Set<String> WITH_AT = Set.of("đại sứ quán", "tổng lãnh sự quán", "lãnh sự quán",
            "phái đoàn", "văn phòng");
    private static final Set<String> STOPS = Set.of("đã", "và", "của", "với", "cho", "là", "được", "có", "do",
            "trong", "đang", "sẽ", "cũng", "về", "nhằm", "để", "khi", "theo", "tới", "đến", "từ", "này", "đó",
            "các", "những", "một", "tiếp", "làm", "dự", "tham", "kiêm");
    private static final int MAX_WORDS = 12;

    private final Gazetteer gazetteer;

    OrganizationFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Records the organizations found as entities of the draft; returns them by the token their name starts at. */
    Map<Integer, PhraseIndex.Found<Place>> find(ExtractionDraft draft) {
        TextLayout layout = draft.layout();
        List<Token> tokens = layout.tokens();
        Map<Integer, PhraseIndex.Found<Place>> found = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isCapitalized() || layout.inFurniture(tokens.get(i).start())) {
                continue;
            }
            int head = headEnd(tokens, i);
            PhraseIndex.Found<Title> title = gazetteer.titles().longestAt(layout, i);
            if (title != null && title.last() >= head) {
                continue;
            }
            if (head < 0 || head + 1 >= tokens.size()
                    || !tokens.get(head + 1).isCapitalized() && !tokens.get(head + 1).canonical().equals("nước")) {
                continue;
            }
            int last = nameEnd(layout, i, head);
            PhraseIndex.Found<Place> known = gazetteer.places().longestAt(layout, i);
            if (last > head && (known == null || known.last() < last)) {
                if (known != null) {
                    draft.unmention(known.phrase().value().ref(), known.start());
                }
                found.put(i, declare(draft, i, last));
                i = last;
            } else if (known != null) {
                i = known.last();
            }
        }
        return found;
    }

    /** The last token of a head word starting at {@code i} ("Tập đoàn" is two), or {@code -1}. */
    private static int headEnd(List<Token> tokens, int i) {
        for (int n = 3; n >= 1; n--) {
            if (i + n <= tokens.size()) {
                StringBuilder words = new StringBuilder(tokens.get(i).canonical());
                for (int k = 1; k < n; k++) {
                    words.append(' ').append(tokens.get(i + k).canonical());
                }
                if (HEADS.contains(words.toString())) {
                    return i + n - 1;
                }
            }
        }
        return -1;
    }

    /** Where the name after the head ends: a place, an acronym in brackets, or nothing clear ({@code -1}). */
    private int nameEnd(TextLayout layout, int i, int head) {
        List<Token> tokens = layout.tokens();
        String headWords = MatchLib.canonical(layout.text().substring(tokens.get(i).start(), tokens.get(head).end()));
        for (int k = head + 1; k <= Math.min(tokens.size() - 1, head + MAX_WORDS); k++) {
            Token t = tokens.get(k);
            if (t.text().equals("(") && k + 2 < tokens.size() && tokens.get(k + 2).text().equals(")")
                    && tokens.get(k + 1).text().matches("[A-Z][A-Z0-9&]{1,9}")) {
                return k - 1 > head ? k - 1 : -1;
            }
            if (!t.isWord() || !NameReader.adjacent(layout, k - 1, k) || STOPS.contains(t.canonical()) && k > head + 1
                    && !(t.canonical().equals("tại") && WITH_AT.contains(headWords))) {
                return -1;
            }
            PhraseIndex.Found<Place> place = gazetteer.places().longestAt(layout, k);
            if (place != null && !"organization".equals(place.phrase().value().kind())) {
                int end = place.last();
                if (WITH_AT.contains(headWords) && end + 2 < tokens.size()
                        && tokens.get(end + 1).canonical().equals("tại")) {
                    PhraseIndex.Found<Place> at = gazetteer.places().longestAt(layout, end + 2);
                    end = at != null ? at.last() : end;
                }
                return end;
            }
        }
        return -1;
    }

    private PhraseIndex.Found<Place> declare(ExtractionDraft draft, int first, int last) {
        TextLayout layout = draft.layout();
        int start = layout.tokens().get(first).start();
        int end = layout.tokens().get(last).end();
        String label = layout.text().substring(start, end);
        String ref = "organization/" + RefLib.fold(label);
        String country = countryOfName(layout, first, last);
        Place place = new Place(ref, label, null, country, false);
        draft.mention(ref, place, start, end);
        List<Token> tokens = layout.tokens();
        if (last + 3 < tokens.size() && tokens.get(last + 1).text().equals("(")
                && tokens.get(last + 3).text().equals(")")) {
            Token acronym = tokens.get(last + 2);
            draft.get(ref).altLabels.add(acronym.text());
            draft.mention(ref, place, acronym.start(), acronym.end());
        }
        return new PhraseIndex.Found<>(first, last, start, end, Phrase.of(label, place));
    }

    /** The country the name ends with (or the country of the place it ends with); {@code null} otherwise. */
    private String countryOfName(TextLayout layout, int first, int last) {
        String country = null;
        for (int k = first; k <= last; k++) {
            PhraseIndex.Found<Place> p = gazetteer.places().longestAt(layout, k);
            if (p != null && !"organization".equals(p.phrase().value().kind())) {
                country = p.phrase().value().kind().equals("country") ? p.phrase().value().ref()
                        : p.phrase().value().country();
                break;
            }
        }
        return country == null || country.contains("|") ? null : country;
    }
}
