package org.vndiplomacy.kg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which indicator a figure measures, by the {@link IndicatorRule}s in order: a count by the noun after it
 * (and the words around), an amount by the cue nearest before it in its clause, a percentage as the growth of the
 * figure before it ("đạt 48,2 tỷ USD, tăng 22%") or by its own cue ("xuất khẩu tăng 6-7%").
 */
final class IndicatorClassifier {

    private static final Pattern GROWTH = Pattern.compile(
            "(?iu)(?:^|[,;]|\\s)(?:và\\s+)?(?:tăng|giảm|tăng trưởng)(?:\\s+(?:khoảng|gần|hơn|trên|xấp xỉ|mạnh))?\\s*$");

    /** How far back before its sentence a bilateral figure looks for its partner (chars). */
    private static final int EARLIER = 1500;

    private final List<IndicatorRule> rules;

    IndicatorClassifier(List<IndicatorRule> rules) {
        this.rules = rules;
    }

    /**
     * What a figure measures: the rule, where what it counts ends (the noun and the words the rule read), and the
     * partner it is about ({@code null} for Vietnam's own figures).
     */
    record Reading(IndicatorRule rule, int end, String partner) {

        Reading(IndicatorRule rule, int end) {
            this(rule, end, null);
        }
    }

    /** Finds the partner named last in a stretch of text: a country other than Vietnam or an international body. */
    interface Partners {
        String lastIn(int from, int to);
    }

    /**
     * @param text the text's matching form
     * @param segment where the figure's clause starts (after the figure before it in its sentence)
     * @param windowEnd where the text after it stops counting (the next figure, or the sentence's end)
     * @param previous the indicator of the figure before it in its sentence, or {@code null}
     */
    Reading classify(String text, FigureMention f, int segment, int windowEnd, TextLayout.Span sentence,
            String previous, Partners partners) {
        String before = text.substring(segment, f.start());
        String sentenceText = text.substring(sentence.start(), sentence.end());
        if (f.unit().equals("PERCENT") && previous != null && GROWTH.matcher(before).find()) {
            for (IndicatorRule r : rules) {
                if (previous.equals(r.growthOf()) && r.takes("PERCENT")) {
                    return new Reading(r, f.end(), partners.lastIn(sentence.start(), sentence.end()));
                }
            }
        }
        Reading best = null;
        int bestCue = -1;
        for (IndicatorRule r : rules) {
            if (!r.takes(f.unit()) || !r.growthOf().isEmpty() || r.sentence() != null
                    && r.sentence().matcher(sentenceText).find() == r.sentenceExcluded()) {
                continue;
            }
            int end = f.end();
            if (r.noun() != null) {
                Matcher noun = r.noun().matcher(text).region(f.end(), windowEnd);
                if (!noun.lookingAt()) {
                    continue;
                }
                end = noun.end();
            }
            if (r.after() != null) {
                Matcher after = r.after().matcher(text).region(end, windowEnd);
                if (!after.find()) {
                    continue;
                }
                end = r.noun() != null && r.after().pattern().startsWith("^\\s*") ? after.end() : end;
            }
            int cue = r.before() == null ? Integer.MAX_VALUE : lastEnd(r.before(), before);
            String partner = partner(r, partners, segment, f, sentence);
            if (cue < 0 || !r.partner().isEmpty() && partner == null) {
                continue;
            }
            if (r.noun() != null) {
                return new Reading(r, end, partner);
            }
            if (cue > bestCue) {
                best = new Reading(r, end, partner);
                bestCue = cue;
            }
        }
        return best;
    }

    private static String partner(IndicatorRule r, Partners partners, int segment, FigureMention f,
            TextLayout.Span sentence) {
        return switch (r.partner()) {
            case "clause" -> partners.lastIn(segment, f.start());
            case "sentence" -> {
                String named = partners.lastIn(sentence.start(), sentence.end());
                yield named != null ? named : partners.lastIn(Math.max(0, sentence.start() - EARLIER), sentence.start());
            }
            default -> null;
        };
    }

    private static int lastEnd(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    /** A count of the same thing as the figure before it ("298 đoàn, tăng 60% so với 186 đoàn"), or {@code null}. */
    Reading sameNoun(String text, FigureMention f, IndicatorRule previous) {
        if (previous == null || previous.noun() == null || !f.unit().equals("NUM")) {
            return null;
        }
        Matcher noun = previous.noun().matcher(text).region(f.end(), text.length());
        return noun.lookingAt() ? new Reading(previous, noun.end()) : null;
    }
}
