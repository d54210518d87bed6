package org.vndiplomacy.kg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.Figure;
import org.vndiplomacy.kg.annotation.FigureReader;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * Turns the figures of each sentence into observations: the indicator ({@link IndicatorClassifier}), the value in
 * base units, the unit, the approximation, the figure as written, the reference period (the nearest one written in
 * its sentence, else in its paragraph, else the article's year), the base period of a growth ("so với cùng kỳ",
 * "so với giai đoạn trước") and who stated it ("Theo Bộ Ngoại giao", "... cho biết").
 */
final class ObservationFinder {

    private static final Pattern SAME_PERIOD = Pattern.compile("(?iu)^[^.;]{0,40}?so với cùng kỳ");
    private static final Pattern PREVIOUS_PERIOD = Pattern.compile(
            "(?iu)^[^.;]{0,60}?(?:so với|của|trong) (?:cả )?(?:giai đoạn|nhiệm kỳ|thời kỳ) trước");
    private static final Pattern BASE_YEAR = Pattern.compile("(?iu)^[^.;]{0,30}?so với (?:cả )?năm (\\d{4})");
    private static final Pattern OF_PREVIOUS = Pattern.compile(
            "(?iu)^[^.;]{0,20}?(?:của|trong) (?:giai đoạn|thời kỳ) trước");

    /** How far back a figure looks for its period when its sentence has none: about three paragraphs (chars). */
    private static final int PARAGRAPH = 1500;

    private final IndicatorClassifier classifier;
    private final ArticleClock clock;
    private final StatedBy statedBy;

    ObservationFinder(IndicatorClassifier classifier, ArticleClock clock, StatedBy statedBy) {
        this.classifier = classifier;
        this.clock = clock;
        this.statedBy = statedBy;
    }

    void find(ExtractionDraft draft) {
        TextLayout layout = draft.layout();
        DateReader dates = new DateReader(layout, clock);
        PeriodReader periods = new PeriodReader(layout.canonical(), clock);
        for (TextLayout.Span s : layout.sentences()) {
            List<int[]> excluded = new ArrayList<>();
            dates.find(s.start(), s.end()).forEach(d -> excluded.add(new int[] {d.start(), d.end()}));
            List<Period> written = periods.find(s.start(), s.end());
            written.forEach(p -> excluded.add(new int[] {p.start(), p.end()}));
            sentence(draft, s, FigureFinder.find(layout.text(), s.start(), s.end(), excluded), written, periods);
        }
    }

    private void sentence(ExtractionDraft draft, TextLayout.Span s, List<FigureMention> figures, List<Period> written,
            PeriodReader periods) {
        String canonical = draft.layout().canonical();
        int segment = s.start();
        int consumed = -1;
        IndicatorRule previous = null;
        Period previousPeriod = null;
        for (int i = 0; i < figures.size(); i++) {
            FigureMention f = figures.get(i);
            if (f.start() < consumed) {
                continue;
            }
            int windowEnd = i + 1 < figures.size() ? figures.get(i + 1).start() : s.end();
            IndicatorClassifier.Reading reading = classifier.classify(canonical, f, segment, windowEnd, s,
                    previous == null ? null : previous.indicator(), draft::lastPartnerIn);
            if (reading == null) {
                reading = classifier.sameNoun(canonical, f, previous);
            }
            segment = f.end();
            if (reading == null) {
                continue;
            }
            consumed = reading.end();
            String after = canonical.substring(reading.end(), s.end());
            boolean growth = !reading.rule().growthOf().isEmpty() || reading.rule().indicator().endsWith("Growth");
            Period period = period(draft, f, written, periods, growth ? previousPeriod : null);
            if (period == null) {
                continue;
            }
            if (!growth && OF_PREVIOUS.matcher(after).find() && previousPeriod != null) {
                period = previousPeriod.previous();
            }
            Optional<Fact.Observation> o = observation(draft, f, reading, period, growth ? base(after, period) : null);
            if (o.isPresent()) {
                draft.add(o.get());
                previous = reading.rule();
                previousPeriod = period;
            }
        }
    }

    private Optional<Fact.Observation> observation(ExtractionDraft draft, FigureMention f,
            IndicatorClassifier.Reading reading, Period period, Period base) {
        TextLayout layout = draft.layout();
        String raw = layout.text().substring(f.start(), rawEnd(layout, f, reading)).strip();
        Optional<Figure> figure = FigureReader.read(raw);
        if (figure.isEmpty()) {
            return Optional.empty();
        }
        Figure v = figure.get();
        String approximation = v.isRange() ? "Range" : v.qualifier() == null ? "Exact" : v.qualifier();
        String indicator = reading.rule().indicator();
        TextLayout.Span sentence = layout.sentenceOf(f.start());
        String id = draft.id("obs-" + RefLib.fold(indicator.replaceAll("(?<=[a-z])(?=[A-Z])", "-")) + "-"
                + period.first().getYear());
        return Optional.of(new Fact.Observation(id, List.of(draft.evidence(sentence.start(), sentence.end())),
                ExtractionDraft.confidence(reading.rule().noun() != null ? "0.8" : "0.7"), null, indicator,
                area(draft, f, reading), v.isRange() ? null : v.min(), v.isRange() ? v.min() : null,
                v.isRange() ? v.max() : null, f.unit(), approximation, raw, period.first().toString(),
                period.last().toString(), base == null ? null : base.first().toString(),
                base == null ? null : base.last().toString(), statedBy.of(draft, f.start())));
    }

    /** The partner a bilateral figure is about, or the Vietnamese province its clause names, or Vietnam. */
    private static String area(ExtractionDraft draft, FigureMention f, IndicatorClassifier.Reading reading) {
        if (reading.partner() != null) {
            return reading.partner();
        }
        TextLayout.Span s = draft.layout().sentenceOf(f.start());
        String province = draft.lastIn(s.start(), f.start(), "locality/");
        return province != null && "country/vn".equals(draft.countryOf(province)) ? province : "country/vn";
    }

    private static int rawEnd(TextLayout layout, FigureMention f, IndicatorClassifier.Reading reading) {
        if (!f.unit().equals("NUM") || reading.rule().noun() == null) {
            return f.end();
        }
        Matcher noun = reading.rule().noun().matcher(layout.canonical()).region(f.end(), layout.text().length());
        return noun.lookingAt() ? noun.end() : f.end();
    }

    /**
     * The period nearest the figure in its sentence, else the one of the figure it grows from, else the last one
     * written in the paragraphs before it, else the article's year.
     */
    private Period period(ExtractionDraft draft, FigureMention f, List<Period> written, PeriodReader periods,
            Period inherited) {
        Period best = null;
        for (Period p : written) {
            if (p.start() < f.start() || best == null) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        if (inherited != null) {
            return inherited;
        }
        List<Period> before = periods.find(Math.max(0, f.start() - PARAGRAPH), f.start());
        if (!before.isEmpty()) {
            return before.get(before.size() - 1);
        }
        int year = clock.year();
        return clock.known() ? new Period(-1, -1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)) : null;
    }

    /** A growth's base period: "so với cùng kỳ", "so với giai đoạn trước", "so với năm 2022", or the year before. */
    private static Period base(String after, Period period) {
        Matcher year = BASE_YEAR.matcher(after);
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            return new Period(-1, -1, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        if (PREVIOUS_PERIOD.matcher(after).find()) {
            return period.previous();
        }
        boolean wholeYears = period.first().getDayOfYear() == 1 && period.last().getMonthValue() == 12
                && period.last().getDayOfMonth() == 31;
        if (SAME_PERIOD.matcher(after).find() || wholeYears && period.first().getYear() == period.last().getYear()) {
            return period.yearBefore();
        }
        return null;
    }
}
