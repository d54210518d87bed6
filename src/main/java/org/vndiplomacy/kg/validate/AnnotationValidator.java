package org.vndiplomacy.kg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vndiplomacy.kg.annotation.ArticleMeta;
import org.vndiplomacy.kg.annotation.EntityAnnotation;
import org.vndiplomacy.kg.annotation.PartialDate;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * Checks annotations against their articles and each other: metadata, entities, facts, figures, and that one
 * entity has the same names in every file. Collects every problem; changes nothing.
 */
public final class AnnotationValidator {

    private final KnownTerms terms;

    public AnnotationValidator(KnownTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    /** Every problem of the given files, sorted by file and place; empty when all is well. */
    public List<Problem> validate(List<AnnotatedArticle> inputs) {
        try (Session session = session()) {
            inputs.forEach(session::add);
            return session.problems();
        }
    }

    /** A validation that is given the files one by one, remembering only what the checks across files need. */
    public Session session() {
        return new Session();
    }

    /**
     * Files checked one at a time: each on its own, and against the files before it (one entity, one name; one
     * file per article key). What it keeps is bounded by the entities and the article keys, not the files' content.
     */
    public final class Session implements AutoCloseable {
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, String[]> firstLabel = new HashMap<>();
        private final Map<String, String[]> firstLabelEn = new HashMap<>();
        private final ArticleKeyCheck keys = new ArticleKeyCheck();
        private boolean finished;

        private Session() {
        }

        /** Checks one more file. */
        public void add(AnnotatedArticle input) {
            checkMetadata(input, problems);
            Map<String, String> declared = new EntityCheck(input, terms, problems).run();
            new FactCheck(input, terms, declared, problems).run();
            checkNamesAgree(input, problems, firstLabel, firstLabelEn);
            keys.add(input.display(), input.annotation().article().sourceFile());
        }

        /**
         * Whether no file so far had a problem of its own or with the names of another; two files with one article
         * key are found by {@link #problems}, at the end.
         */
        public boolean clean() {
            return problems.isEmpty();
        }

        /** Every problem, sorted by file and place; ends the session (no file may be added after). */
        public List<Problem> problems() {
            if (!finished) {
                finished = true;
                keys.finish(problems);
            }
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Problem.ORDER);
            return sorted;
        }

        /** Deletes what the session wrote to disk, if anything. */
        @Override
        public void close() {
            keys.close();
        }
    }

    private static void checkMetadata(AnnotatedArticle input, List<Problem> problems) {
        ArticleMeta meta = input.annotation().article();
        String text = input.article().text();
        if (meta.title() != null && !text.contains(meta.title())) {
            problems.add(new Problem(input.display(), "$.article.title",
                    "\"" + SpanCheck.shorten(meta.title()) + "\" does not occur in the article text"));
        }
        if (meta.issued() != null && PartialDate.parse(meta.issued()).isEmpty()) {
            problems.add(new Problem(input.display(), "$.article.issued",
                    "\"" + meta.issued() + "\" is not a real date (expected YYYY-MM-DD or YYYY-MM-DDThh:mm)"));
        }
        for (String[] field : new String[][] {{"author", meta.author()}, {"publisher", meta.publisher()}}) {
            if (field[1] != null && !text.contains(field[1])) {
                problems.add(new Problem(input.display(), "$.article." + field[0],
                        "\"" + field[1] + "\" does not occur in the article text; metadata must come from the text"));
            }
        }
    }

    /**
     * Two article files must not fold to the same key: they would share one graph and one IRI. {@code owners} maps
     * the keys seen so far to their article's file name; the file {@code display} names the article {@code source}.
     */
    public static void checkKeyDistinct(String display, String source, List<Problem> problems,
            Map<String, String> owners) {
        String other = owners.putIfAbsent(RefLib.articleKey(source), source);
        if (other != null) {
            problems.add(keyTaken(display, source, other));
        }
    }

    /** The problem of the file {@code display}, which annotates {@code source}, whose key {@code owner} has. */
    static Problem keyTaken(String display, String source, String owner) {
        if (owner.equals(source)) {
            return new Problem(display, "$.article.sourceFile", source + " is annotated by more than one file");
        }
        return new Problem(display, "$.article.sourceFile", source + " and " + owner
                + " fold to the same article key \"" + RefLib.articleKey(source)
                + "\"; expected file names that differ in more than case, '_' or '-'");
    }

    /** An entity outside the reference data gets its labels from the files: they must agree. */
    private void checkNamesAgree(AnnotatedArticle input, List<Problem> problems, Map<String, String[]> firstLabel,
            Map<String, String[]> firstLabelEn) {
        List<EntityAnnotation> entities = input.annotation().entities();
        for (int i = 0; i < entities.size(); i++) {
            EntityAnnotation e = entities.get(i);
            if (!terms.referenceRefs().contains(e.ref())) {
                agree(problems, input, "$.entities[" + i + "].label", e.ref(), e.label(), firstLabel);
                agree(problems, input, "$.entities[" + i + "].labelEn", e.ref(), e.labelEn(), firstLabelEn);
            }
        }
    }

    /** Compares a name with the first one given for the same ref (in any file), remembering it if it is first. */
    private static void agree(List<Problem> problems, AnnotatedArticle input, String place, String ref,
            String name, Map<String, String[]> first) {
        if (name == null) {
            return;
        }
        String[] seen = first.putIfAbsent(ref, new String[] {input.display(), name});
        if (seen != null) {
            disagree(problems, input.display(), place, ref, seen[0], seen[1], name);
        }
    }

    /**
     * A problem of the file {@code display} when the name it gives an entity at {@code place} differs from the one
     * {@code otherFile} gives it; nothing when either is missing or they agree.
     */
    public static void disagree(List<Problem> problems, String display, String place, String ref,
            String otherFile, String expected, String actual) {
        if (expected != null && actual != null && !expected.equals(actual)) {
            problems.add(new Problem(display, place, "\"" + actual + "\" differs from \"" + expected
                    + "\" given for " + ref + " in " + otherFile + " (one entity, one name per language)"));
        }
    }
}
