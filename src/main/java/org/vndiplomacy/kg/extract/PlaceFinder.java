package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the countries, organizations and localities the gazetteer knows, outside page furniture. Where two names of
 * the same kind overlap the longer wins ("Nam Sudan" over "Sudan"); names of different kinds may nest ("Hà Nội" in
 * "Sở Ngoại vụ Hà Nội").
 */
final class PlaceFinder {

    private final Gazetteer gazetteer;

    PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The places named in the text, in order, and records them as mentions in the draft. */
    List<PhraseIndex.Found<Place>> find(ExtractionDraft draft) {
        TextLayout layout = draft.layout();
        List<PhraseIndex.Found<Place>> kept = new ArrayList<>();
        for (PhraseIndex.Found<Place> f : gazetteer.places().findAll(layout)) {
            if (layout.inFurniture(f.start()) || layout.lineOf(f.start()) == null) {
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
