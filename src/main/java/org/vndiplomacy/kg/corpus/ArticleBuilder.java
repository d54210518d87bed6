package org.vndiplomacy.kg.corpus;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vndiplomacy.kg.annotation.AnnotationFile;
import org.vndiplomacy.kg.annotation.Annotator;
import org.vndiplomacy.kg.annotation.ArticleMeta;
import org.vndiplomacy.kg.annotation.EntityAnnotation;
import org.vndiplomacy.kg.annotation.Evidence;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.Mention;

/**
 * An article as it is written: the text so far, with every entity named in it (at code point offsets, counted as the
 * text grows) and the facts stated, each with its evidence. Entities are listed in the order they are first named.
 */
final class ArticleBuilder {

    /** The annotator of every generated file: the facts are known by construction. */
    static final Annotator ANNOTATOR = new Annotator(Annotator.EXTRACTOR, "vn-diplomacy-kg corpus generator", "1");

    /** A place in the text: code points and chars from the start. */
    record Mark(int codePoints, int chars) {
    }

    private static final class Named {
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> altLabels = new LinkedHashSet<>();
    }

    private final CorpusWorld world;
    private final StringBuilder text = new StringBuilder();
    private int codePoints;
    private final Map<String, Named> entities = new LinkedHashMap<>();
    private final List<Fact> facts = new ArrayList<>();
    private final Set<String> introduced = new LinkedHashSet<>();
    private int lastId;

    ArticleBuilder(CorpusWorld world) {
        this.world = world;
    }

    Mark mark() {
        return new Mark(codePoints, text.length());
    }

    boolean atLineStart() {
        return text.length() == 0 || text.charAt(text.length() - 1) == '\n';
    }

    ArticleBuilder text(String s) {
        text.append(s);
        codePoints += Phrase.length(s);
        return this;
    }

    /** Appends a phrase and records the names in it. */
    ArticleBuilder phrase(Phrase p) {
        int base = codePoints;
        text(p.text());
        for (Phrase.Name n : p.names()) {
            mention(n.ref(), base + n.start(), base + n.end(), n.text());
        }
        return this;
    }

    /** Appends a name of an entity. */
    ArticleBuilder name(String ref, String form) {
        return phrase(Phrase.name(ref, form));
    }

    /** Appends a form of an entity that is not its label, kept as another name of it ("ông Sơn"). */
    ArticleBuilder alias(String ref, String form) {
        name(ref, form);
        entities.get(ref).altLabels.add(form);
        return this;
    }

    private void mention(String ref, int start, int end, String form) {
        entities.computeIfAbsent(ref, r -> new Named()).mentions.add(new Mention(start, end, form));
    }

    /** Makes sure an entity a fact names is listed, even where the text does not name it. */
    String declare(String ref) {
        if (ref != null) {
            entities.computeIfAbsent(ref, r -> new Named());
        }
        return ref;
    }

    /** The text from a mark to here, as evidence. */
    Evidence evidence(Mark from) {
        return new Evidence(from.codePoints(), codePoints, text.substring(from.chars()));
    }

    /** Whether an official has been named in the body. */
    boolean named(String ref) {
        return introduced.contains(ref);
    }

    /** Whether an official is named for the first time in the article's body; they count as named from now on. */
    boolean firstTime(String ref) {
        return introduced.add(ref);
    }

    String id(String prefix) {
        return prefix + "-" + (++lastId);
    }

    void fact(Fact fact) {
        facts.add(fact);
    }

    int factCount() {
        return facts.size();
    }

    /** The text, ending with one line break; it must be NFC already (if not, a template or a pool is wrong). */
    String text() {
        while (text.length() > 1 && text.charAt(text.length() - 1) == '\n' && text.charAt(text.length() - 2) == '\n') {
            text.setLength(text.length() - 1);
            codePoints--;
        }
        String s = text.toString();
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            throw new IllegalStateException("generated text is not NFC: " + s.substring(0, Math.min(80, s.length())));
        }
        return s;
    }

    AnnotationFile annotation(ArticleMeta meta) {
        List<EntityAnnotation> list = new ArrayList<>();
        for (Map.Entry<String, Named> e : entities.entrySet()) {
            Entity entity = world.entity(e.getKey());
            List<String> country = entity.country() == null ? List.of() : List.of(entity.country());
            list.add(new EntityAnnotation(entity.ref(), entity.label(), entity.labelEn(),
                    List.copyOf(e.getValue().altLabels), null, country, e.getValue().mentions));
        }
        return new AnnotationFile(AnnotationFile.FORMAT, meta, ANNOTATOR, list, facts);
    }

    /** The confidence of every generated fact. */
    static BigDecimal confidence() {
        return BigDecimal.ONE;
    }
}
