package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.vndiplomacy.kg.annotation.Evidence;
import org.vndiplomacy.kg.annotation.Fact;

/**
 * One article being written: its date, its random source, the text so far, and the sentence being written, whose
 * facts take the whole sentence as evidence when it ends. Officials are introduced the first time with their full
 * title (a PositionHolding, with the title and name as evidence) and named more briefly afterwards.
 */
final class Scene {

    private static final Set<String> LEADERS = Set.of("PrimeMinister", "StatePresident",
            "GeneralSecretary", "ChairOfNationalAssembly", "PermanentDeputyPrimeMinister", "DeputyPrimeMinister",
            "StateVicePresident", "MinisterOfForeignAffairs");

    final CorpusWorld world;
    final SplittableRandom random;
    final ArticleBuilder text;
    final LocalDate date;
    private final Map<String, String> familiar = new HashMap<>();
    private final Map<String, Integer> told = new HashMap<>();
    private final List<Function<Evidence, Fact>> pending = new ArrayList<>();
    private ArticleBuilder.Mark sentence;

    Scene(CorpusWorld world, SplittableRandom random, LocalDate date) {
        this.world = world;
        this.random = random;
        this.text = new ArticleBuilder(world);
        this.date = date;
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** Whether something (a figure, a document, a speaker's quote) may be told again: at most {@code times}. */
    boolean fresh(String key, int times) {
        int count = told.merge(key, 1, Integer::sum);
        return count <= times;
    }

    boolean fresh(String key) {
        return fresh(key, 1);
    }

    /** A day of the article's news: the article date or one of the two days before. */
    LocalDate newsDay() {
        return date.minusDays(random.nextInt(3));
    }

    /** Starts a sentence, after a space unless it starts a line. */
    void begin() {
        if (!text.atLineStart()) {
            text.text(" ");
        }
        sentence = text.mark();
    }

    /** A fact of the sentence being written, made when it ends with the sentence as evidence. */
    void state(Function<Evidence, Fact> fact) {
        pending.add(fact);
    }

    /** Ends the sentence with a full stop and states its facts; returns the sentence as evidence. */
    Evidence end() {
        text.text(".");
        Evidence evidence = text.evidence(sentence);
        pending.forEach(f -> text.fact(f.apply(evidence)));
        pending.clear();
        return evidence;
    }

    /** Ends a paragraph (unless none is open). */
    void paragraph() {
        if (!text.atLineStart()) {
            text.text("\n\n");
        }
    }

    /** Writes plain text. */
    Scene say(String s) {
        text.text(s);
        return this;
    }

    /** Writes a phrase with the names in it. */
    Scene say(Phrase p) {
        text.phrase(p);
        return this;
    }

    /** Writes a country by one of its names: mostly its label, sometimes another ("Mỹ" for Hoa Kỳ). */
    Scene country(Entity country) {
        List<String> forms = country.forms();
        String form = forms.size() == 1 || chance(80) ? country.label()
                : forms.get(1 + random.nextInt(forms.size() - 1));
        text.name(country.ref(), form);
        return this;
    }

    /** Writes an entity by its label. */
    Scene name(Entity entity) {
        text.name(entity.ref(), entity.label());
        return this;
    }

    /**
     * Writes an official: the first time the full title and name, stating that they hold the post (attested on
     * {@code day}); later the short title and name, or the familiar form ("ông Sơn") when no one else in the article
     * goes by it.
     */
    Scene official(Official o, LocalDate day) {
        if (text.firstTime(o.ref())) {
            ArticleBuilder.Mark from = text.mark();
            text.phrase(o.title()).text(" ").name(o.ref(), o.name());
            Evidence evidence = text.evidence(from);
            text.declare(o.organization());
            text.fact(new Fact.PositionHolding(text.id("pos"), List.of(evidence), ArticleBuilder.confidence(), null,
                    o.ref(), o.role(), o.organization(), day.toString()));
            if (o.shortName() != null) {
                familiar.put(o.shortName(), familiar.containsKey(o.shortName()) ? "" : o.ref());
            }
            return this;
        }
        if (o.shortName() != null && o.ref().equals(familiar.get(o.shortName())) && chance(50)) {
            boolean first = text.mark().chars() == sentence.chars();
            text.alias(o.ref(), first ? FigureSentences.capital(o.shortName()) : o.shortName());
        } else {
            text.phrase(o.shortTitle()).text(" ").name(o.ref(), o.name());
        }
        return this;
    }

    /** Writes an official in a headline without introducing them: the short title, or the full one if foreign. */
    Scene headlineOfficial(Official o) {
        text.phrase(o.vietnamese() ? o.shortTitle() : o.title()).text(" ").name(o.ref(), o.name());
        return this;
    }

    String id(String prefix) {
        return text.id(prefix);
    }

    /** A national official of Vietnam in office on the article's date, drawn by prominence. */
    Official vietnamese() {
        return serving(world.nationalOfficials());
    }

    /** A leader who heads delegations abroad and hosts foreign leaders, in office, drawn by prominence. */
    Official leader() {
        for (int attempt = 0; attempt < 50; attempt++) {
            Official o = vietnamese();
            if (LEADERS.contains(o.role())) {
                return o;
            }
        }
        return world.holder(random, date, "PrimeMinister");
    }

    /** An official of a partner country in office, drawn by prominence. */
    Official foreigner(Entity country) {
        return serving(world.foreignOfficials().get(country.ref()));
    }

    /** A leader of a province in office, drawn by prominence. */
    Official provincial(Entity province) {
        return serving(world.provincialOfficials().get(province.ref()));
    }

    private Official serving(ZipfPool<Official> pool) {
        for (int attempt = 0; attempt < 30; attempt++) {
            Official o = pool.pick(random);
            if (o.serves(date)) {
                return o;
            }
        }
        return pool.items().stream().filter(o -> o.serves(date)).findFirst().orElse(pool.items().get(0));
    }
}
