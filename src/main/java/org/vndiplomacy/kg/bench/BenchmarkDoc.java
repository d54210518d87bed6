package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts a run's results into {@code docs/BENCHMARKS.md}: between {@code <!-- bench:articles=N -->} and
 * {@code <!-- /bench:articles=N -->}, replacing an earlier run at the same scale; a new scale goes before
 * {@code <!-- bench:end -->}, or at the end. The rest of the file is left as it is.
 */
final class BenchmarkDoc {

    static final String END = "<!-- bench:end -->";

    private BenchmarkDoc() {
    }

    static String update(String doc, int articles, String results) {
        return updateSection(doc, "articles=" + articles, results);
    }

    /** Replaces the block between {@code <!-- bench:NAME -->} and {@code <!-- /bench:NAME -->}, or adds it. */
    static String updateSection(String doc, String name, String results) {
        String open = "<!-- bench:" + name + " -->";
        String close = "<!-- /bench:" + name + " -->";
        String block = open + "\n" + results.strip() + "\n" + close;
        int start = doc.indexOf(open);
        int end = doc.indexOf(close);
        if (start >= 0 && end > start) {
            return doc.substring(0, start) + block + doc.substring(end + close.length());
        }
        int marker = doc.indexOf(END);
        if (marker >= 0) {
            return doc.substring(0, marker) + block + "\n\n" + doc.substring(marker);
        }
        return doc.stripTrailing() + "\n\n" + block + "\n";
    }

    static void update(Path file, int articles, String results) throws IOException {
        String doc = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        Files.writeString(file, update(doc, articles, results), StandardCharsets.UTF_8);
    }
}
