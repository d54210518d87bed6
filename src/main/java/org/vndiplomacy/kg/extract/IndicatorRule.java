package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * When a figure measures an indicator: its unit, the noun a count counts ("chuyến thăm"), words before it in its
 * clause ("xuất siêu"), words after it ("của các địa phương"), words anywhere in its sentence ("kiều bào"), or, for
 * a growth in per cent, the indicator of the figure it grows ({@code growthOf}); a sentence pattern written
 * {@code !...} must NOT match; {@code partner} says whether a
 * partner (a country other than Vietnam, or an international body) must be named in the figure's clause
 * ({@code clause}) or sentence ({@code sentence}); that partner is then the area measured. Read from
 * {@code /extract/indicators.tsv}; empty cells set no condition. The patterns are matched, without regard to case,
 * against the text's matching form ({@link MatchLib#canonical}), so they spell "hòa", "thỏa", "ủy" that way.
 */
record IndicatorRule(String indicator, String unit, Pattern noun, Pattern before, Pattern after, Pattern sentence,
        boolean sentenceExcluded, String growthOf, String partner) {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static List<IndicatorRule> read() {
        List<IndicatorRule> rules = new ArrayList<>();
        for (String[] row : GazetteerReader.table("indicators.tsv", 8)) {
            boolean excluded = row[5].startsWith("!");
            String sentence = excluded ? row[5].substring(1) : row[5];
            rules.add(new IndicatorRule(row[0], row[1], pattern("^\\s*(?:" + row[2] + ")(?!\\p{L})", row[2]),
                    pattern(row[3], row[3]), pattern(row[4], row[4]), pattern(sentence, sentence), excluded,
                    row[6].strip(), row[7].strip()));
        }
        return List.copyOf(rules);
    }

    private static Pattern pattern(String regex, String cell) {
        return cell.isBlank() ? null : Pattern.compile(regex, FLAGS);
    }

    /** Whether a figure's unit is one this rule takes. */
    boolean takes(String figureUnit) {
        return unit.equals(figureUnit)
                || unit.equals("MONEY") && (figureUnit.equals("USD") || figureUnit.equals("VND"));
    }
}
