package org.vndiplomacy.kg.extract;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every other place an official found by title is named: the full name anywhere in the article, and "ông Sơn",
 * "bà Hằng" (the honorific and the last word of the name) when exactly one official found so far ends so.
 */
final class OfficialMentions {

    private static final Pattern SHORT = Pattern.compile(
            "(?<!\\p{L})(Ông|ông|Bà|bà|Ngài|ngài) (\\p{Lu}\\p{L}*)(?!\\p{L}| \\p{Lu})");

    private final ExtractionDraft draft;
    private final Collection<OfficialFinder.Official> officials;

    OfficialMentions(ExtractionDraft draft, Collection<OfficialFinder.Official> officials) {
        this.draft = draft;
        this.officials = officials;
    }

    void find() {
        TextLayout layout = draft.layout();
        String text = layout.text();
        for (OfficialFinder.Official o : officials) {
            for (int at = text.indexOf(o.name()); at >= 0; at = text.indexOf(o.name(), at + 1)) {
                int end = at + o.name().length();
                boolean whole = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetter(text.charAt(end)));
                if (whole && !layout.inFurniture(at) && layout.lineOf(at) != null) {
                    draft.mention(o.ref(), null, at, end);
                }
            }
        }
        Matcher m = SHORT.matcher(text);
        while (m.find()) {
            if (layout.inFurniture(m.start()) || layout.lineOf(m.start()) == null) {
                continue;
            }
            List<OfficialFinder.Official> named = officials.stream()
                    .filter(o -> o.name().endsWith(" " + m.group(2))).toList();
            if (named.size() == 1) {
                draft.mention(named.get(0).ref(), null, m.start(), m.end());
            }
        }
    }
}
