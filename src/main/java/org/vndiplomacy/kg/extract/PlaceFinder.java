package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the countries, organizations and localities the gazetteer knows, outside page furniture. Where two names of
 * the same kind overlap the longer wins ("Nam Sudan" over "Sudan"); names of different kinds may nest ("Hà Nội" in
 * "Sở Ngoại vụ Hà Nội").
 */
final class PlaceFinder {

    /** Names that contain a place's name and are not that place: oceans and regions ("Thái Bình Dương"). */
    private static final List<List<String>> NOT_PLACES = List.of(Phrase.wordsOf("Thái Bình Dương"),
            Phrase.wordsOf("Ấn Độ Dương"), Phrase.wordsOf("Đại Tây Dương"), Phrase.wordsOf("Bắc Băng Dương"),
            Phrase.wordsOf("Nam Cực"), Phrase.wordsOf("Bắc Cực"));

    private final Gazetteer gazetteer;

    PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether a match is the start of an ocean's or region's name ("Thái Bình" of "Thái Bình Dương"). */
    private static boolean insideNotPlace(TextLayout layout, PhraseIndex.Found<Place> f) {
        List<Token> tokens = layout.tokens();
        for (List<String> words : NOT_PLACES) {
            boolean all = f.first() + words.size() <= tokens.size();
            for (int k = 0; all && k < words.size(); k++) {
                all = tokens.get(f.first() + k).canonical().equals(words.get(k));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The places named in the text, in order, and records them as mentions in the draft. */
    List<PhraseIndex.Found<Place>> find(ExtractionDraft draft) {
        TextLayout layout = draft.layout();
        List<PhraseIndex.Found<Place>> kept = new ArrayList<>();
        for (PhraseIndex.Found<Place> f : gazetteer.places().findAll(layout)) {
            if (layout.inFurniture(f.start()) || layout.lineOf(f.start()) == null || insideNotPlace(layout, f)) {
                continue;
            }
            boolean covered = false;
            for (PhraseIndex.Found<Place> k : kept) {
                boolean overlap = f.start() < k.end() && f.end() > k.start();
                if (overlap && k.phrase().value().kind().equals(f.phrase().value().kind())) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                kept.add(f);
            }
        }
        for (PhraseIndex.Found<Place> f : kept) {
            Place p = f.phrase().value();
            draft.mention(p.ref(), p, f.start(), f.end());
        }
        return kept;
    }
}
