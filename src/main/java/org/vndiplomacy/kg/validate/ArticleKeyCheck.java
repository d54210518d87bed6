package org.vndiplomacy.kg.validate;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * One file per article key, across the files of a run: two article files must not fold to the same key (they would
 * share one graph and one IRI), and no article may be annotated twice. The keys are kept as sorted lines, which leave
 * memory beyond a budget, and compared when the run ends; the first file read with a key owns it, as with
 * {@link AnnotationValidator#checkKeyDistinct(String, String, List, Map)}.
 */
final class ArticleKeyCheck implements AutoCloseable {

    private final LineSorter keys;
    private long files;

    ArticleKeyCheck() {
        this(LineSorter.LIST_BUDGET);
    }

    /** A check that holds up to {@code budget} characters of keys in memory. */
    ArticleKeyCheck(long budget) {
        keys = new LineSorter(budget);
    }

    /** Notes the article {@code source} that the file {@code display} annotates. */
    void add(String display, String source) {
        keys.add(LineLib.join(RefLib.articleKey(source), String.format(Locale.ROOT, "%019d", files++), source,
                display));
    }

    /** Adds a problem for each file whose key an earlier file has, then forgets the keys. */
    void finish(List<Problem> problems) {
        try (Stream<String> sorted = keys.sorted()) {
            String ownerKey = null;
            String owner = null;
            for (Iterator<String> it = sorted.iterator(); it.hasNext(); ) {
                List<String> line = LineLib.split(it.next());
                String key = line.get(0);
                String source = line.get(2);
                if (!key.equals(ownerKey)) {
                    ownerKey = key;
                    owner = source;
                } else {
                    problems.add(AnnotationValidator.keyTaken(line.get(3), source, owner));
                }
            }
        }
        close();
    }

    @Override
    public void close() {
        keys.close();
    }
}
