package org.vndiplomacy.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One file per article key, checked at the end of a run from sorted lines, in memory or spilled to disk. */
class ArticleKeyCheckTest {

    private static List<String> problems(long budget) {
        List<Problem> problems = new ArrayList<>();
        try (ArticleKeyCheck check = new ArticleKeyCheck(budget)) {
            check.add("seeds/annotations/b.json", "b.txt");
            check.add("seeds/annotations/a_b.json", "a_b.txt");
            check.add("seeds/annotations/c.json", "c.txt");
            check.add("seeds/annotations/A-B.json", "A-B.txt");
            check.add("seeds/annotations/a_b2.json", "a_b.txt");
            check.finish(problems);
        }
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void finish_twoNamesOneKeyAndOneArticleTwice_eachLaterFileNamedWithTheFirst() {
        List<String> expected = List.of(
                "seeds/annotations/A-B.json: $.article.sourceFile: A-B.txt and a_b.txt fold to the same article key "
                        + "\"a-b\"; expected file names that differ in more than case, '_' or '-'",
                "seeds/annotations/a_b2.json: $.article.sourceFile: a_b.txt is annotated by more than one file");
        assertEquals(expected, problems(1_000_000));
        assertEquals(expected, problems(1), "spilled to a file per line");
    }

    @Test
    void finish_distinctKeys_noProblem() {
        List<Problem> problems = new ArrayList<>();
        try (ArticleKeyCheck check = new ArticleKeyCheck(1)) {
            check.add("seeds/annotations/a.json", "a.txt");
            check.add("seeds/annotations/a-b.json", "a-b.txt");
            check.finish(problems);
        }
        assertEquals(List.of(), problems);
    }
}
