package org.vndiplomacy.kg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the text credits with a figure: the official or body after "Theo" at the start of its sentence, or the one
 * that "cho biết", "nhấn mạnh", "dẫn số liệu"... before it in its sentence.
 */
final class StatedBy {

    private static final Pattern SAYS = Pattern.compile(
            "(?iu)^[^.;]{0,25}?(?:cho biết|cho rằng|nhấn mạnh|khẳng định|dẫn số liệu|thông tin|báo cáo|nêu rõ)");

    /** The ref of who stated what is written at {@code offset}, or {@code null}. */
    String of(ExtractionDraft draft, int offset) {
        TextLayout layout = draft.layout();
        TextLayout.Span s = layout.sentenceOf(offset);
        if (s == null) {
            return null;
        }
        String text = layout.text();
        if (text.startsWith("Theo ", s.start())) {
            String ref = draft.speakerAt(s.start() + "Theo ".length());
            if (ref != null) {
                return ref;
            }
        }
        String found = null;
        for (int[] m : draft.speakerMentions(s.start(), offset)) {
            Matcher says = SAYS.matcher(text).region(m[1], offset);
            if (says.lookingAt()) {
                found = draft.speakerAt(m[0]);
            }
        }
        return found;
    }
}
