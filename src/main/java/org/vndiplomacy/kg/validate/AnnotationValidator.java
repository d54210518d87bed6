package org.vndiplomacy.kg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vndiplomacy.kg.annotation.ArticleMeta;
import org.vndiplomacy.kg.annotation.EntityAnnotation;
import org.vndiplomacy.kg.annotation.PartialDate;

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
        List<Problem> problems = new ArrayList<>();
        for (AnnotatedArticle input : inputs) {
            checkMetadata(input, problems);
            Map<String, String> declared = new EntityCheck(input, terms, problems).run();
            new FactCheck(input, terms, declared, problems).run();
        }
        checkNamesAgree(inputs, problems);
        problems.sort(Problem.ORDER);
        return problems;
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

    /** An entity outside the reference data gets its labels from the files: they must agree. */
    private void checkNamesAgree(List<AnnotatedArticle> inputs, List<Problem> problems) {
        Map<String, String[]> first = new HashMap<>();
        for (AnnotatedArticle input : inputs) {
            List<EntityAnnotation> entities = input.annotation().entities();
            for (int i = 0; i < entities.size(); i++) {
                EntityAnnotation e = entities.get(i);
                if (terms.referenceRefs().contains(e.ref())) {
                    continue;
                }
                String[] seen = first.putIfAbsent(e.ref(), new String[] {input.display(), e.label(), e.labelEn()});
                if (seen == null) {
                    continue;
                }
                disagree(problems, input, "$.entities[" + i + "].label", e.ref(), seen[0], seen[1], e.label());
                disagree(problems, input, "$.entities[" + i + "].labelEn", e.ref(), seen[0], seen[2], e.labelEn());
            }
        }
    }

    private static void disagree(List<Problem> problems, AnnotatedArticle input, String place, String ref,
            String otherFile, String expected, String actual) {
        if (expected != null && actual != null && !expected.equals(actual)) {
            problems.add(new Problem(input.display(), place, "\"" + actual + "\" differs from \"" + expected
                    + "\" given for " + ref + " in " + otherFile + " (one entity, one name per language)"));
        }
    }
}
