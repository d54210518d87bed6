package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A run's results put into the benchmarks page, the rest of the page left as it was. */
class BenchmarkDocTest {

    private static final String PAGE = "# Benchmarks\n\n## Partner-graph page\n\nfigures\n\n## Pipeline\n\n"
            + "prose\n\n" + BenchmarkDoc.END + "\n";

    @Test
    void update_newScale_beforeTheEndMarker() {
        assertEquals("# Benchmarks\n\n## Partner-graph page\n\nfigures\n\n## Pipeline\n\nprose\n\n"
                + "<!-- bench:articles=1000 -->\n### 1,000\n<!-- /bench:articles=1000 -->\n\n" + BenchmarkDoc.END
                + "\n", BenchmarkDoc.update(PAGE, 1000, "### 1,000\n"));
    }

    @Test
    void update_sameScaleAgain_replacesOnlyThatRun() {
        String once = BenchmarkDoc.update(BenchmarkDoc.update(PAGE, 1000, "old 1k"), 10000, "10k");
        String twice = BenchmarkDoc.update(once, 1000, "new 1k");
        assertEquals(once.replace("old 1k", "new 1k"), twice);
    }

    @Test
    void update_pageWithoutMarker_appended() {
        assertEquals("# Benchmarks\n\n<!-- bench:articles=5 -->\nx\n<!-- /bench:articles=5 -->\n",
                BenchmarkDoc.update("# Benchmarks\n", 5, "x"));
    }
}
