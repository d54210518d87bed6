package org.vndiplomacy.kg.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.vndiplomacy.kg.annotation.AnnotationFile;

/**
 * Reads a seeds folder: every annotation file with the article it names, and (with an {@link Extraction}) the
 * articles no file annotates. {@link #scan} reads the files one at a time and hands each valid one on, keeping only
 * what the checks across files need; every problem of the run is reported at once, at the end.
 */
public final class SeedReader {

    private final AnnotationReader reader = new AnnotationReader();

    /** Told of each annotated article as it is read and found valid, while no problem has been found. */
    @FunctionalInterface
    public interface ArticleSink {
        void accept(ArticleSource source, AnnotatedArticle article) throws IOException;
    }

    /** What a scan read: how many articles, facts and mentions. */
    public record Scan(long articles, long facts, long mentions) {
    }

    /** The annotated articles, in file name order; or every problem found, then or in validation. */
    public List<AnnotatedArticle> read(SeedFiles seeds, KnownTerms terms) throws IOException, InvalidInputException {
        return read(seeds, terms, Extraction.off());
    }

    /**
     * The annotated articles: those of the annotation files (unless extraction takes all), then the articles the
     * extraction annotates, each checked like a file; or every problem found.
     */
    public List<AnnotatedArticle> read(SeedFiles seeds, KnownTerms terms, Extraction extraction)
            throws IOException, InvalidInputException {
        List<AnnotatedArticle> inputs = new ArrayList<>();
        scan(seeds, terms, extraction, (source, article) -> inputs.add(article));
        return inputs;
    }

    /**
     * Reads and checks every article as {@link #read} does, handing each valid one to {@code sink} as long as no
     * problem has been found (so the sink never sees an article of a run that fails), and holding none.
     *
     * @throws InvalidInputException with every problem of the run: the files' own, in the order read, then those
     *     of validation, sorted
     */
    public Scan scan(SeedFiles seeds, KnownTerms terms, Extraction extraction, ArticleSink sink)
            throws IOException, InvalidInputException {
        if (extraction.mode() == Extraction.Mode.ALL) {
            return scan(seeds, List.<Path>of().iterator(), terms, extraction, sink);
        }
        try (Stream<Path> files = seeds.sortedAnnotationFiles()) {
            return scan(seeds, files.iterator(), terms, extraction, sink);
        }
    }

    /**
     * {@link #scan} of the given annotation files of the folder only (a shard of it), in the order given; the checks
     * across files see these files alone.
     */
    public Scan scan(SeedFiles seeds, List<Path> files, KnownTerms terms, Extraction extraction, ArticleSink sink)
            throws IOException, InvalidInputException {
        return scan(seeds, files.iterator(), terms, extraction, sink);
    }

    private Scan scan(SeedFiles seeds, Iterator<Path> files, KnownTerms terms, Extraction extraction,
            ArticleSink sink) throws IOException, InvalidInputException {
        Pass pass = new Pass(new AnnotationValidator(terms).session(), sink);
        try {
            if (!files.hasNext() && extraction.mode() == Extraction.Mode.OFF) {
                pass.problems.add(new Problem(seeds.display(seeds.annotations()), "",
                        "no annotation files (*.json); expected one per article"));
            }
            Set<String> strays = new HashSet<>();
            while (files.hasNext()) {
                annotated(seeds, files.next(), pass, strays);
            }
            if (extraction.mode() != Extraction.Mode.OFF) {
                extract(seeds, extraction, strays, pass);
            }
            List<Problem> all = new ArrayList<>(pass.problems);
            all.addAll(pass.checks.problems());
            if (!all.isEmpty()) {
                throw new InvalidInputException(all);
            }
            return new Scan(pass.articles, pass.facts, pass.mentions);
        } finally {
            pass.checks.close();
        }
    }

    /**
     * Reads one annotation file and its article; notes in {@code strays} the article it names when that is not the
     * file's own (a problem; the extraction must skip that article all the same).
     */
    private void annotated(SeedFiles seeds, Path file, Pass pass, Set<String> strays) throws IOException {
        String display = seeds.display(file);
        Optional<AnnotationFile> annotation = reader.read(file, display, pass.problems);
        if (annotation.isEmpty()) {
            return;
        }
        String source = annotation.get().article().sourceFile();
        String stem = stem(source);
        if (!file.getFileName().toString().equals(stem + ".json")) {
            strays.add(source);
            pass.problems.add(new Problem(display, "$.article.sourceFile", source + " is annotated by "
                    + file.getFileName() + "; expected it to be annotated by " + stem
                    + ".json (file names must match)"));
        }
        Optional<ArticleText> text = article(seeds, display, annotation.get(), pass.problems);
        if (text.isPresent()) {
            pass.accept(new ArticleSource(display, file, seeds.articles().resolve(source)),
                    new AnnotatedArticle(display, annotation.get(), text.get()));
        }
    }

    /**
     * Whether the annotation folder has an entry of exactly this name (the listing of the first pass is by exact name:
     * on a file system that ignores case, {@code a.JSON} is no annotation file of {@code a.txt}).
     */
    private static boolean hasAnnotationFile(SeedFiles seeds, String stem) {
        Path file = seeds.annotations().resolve(stem + ".json");
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            return file.toRealPath(LinkOption.NOFOLLOW_LINKS).getFileName().equals(file.getFileName());
        } catch (IOException e) {
            return true;
        }
    }

    private static String stem(String source) {
        return source.endsWith(".txt") ? source.substring(0, source.length() - ".txt".length()) : source;
    }

    /**
     * An article of a scan read again (for a second pass): its annotation file without the checks, or the
     * extraction of its text. A file that no longer reads is a problem: it changed since the scan.
     */
    public AnnotatedArticle reread(ArticleSource source, Extraction extraction) throws IOException,
            InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        Optional<String> text = text(source.article(), source.display(), problems);
        Optional<AnnotationFile> annotation = source.extracted() || text.isEmpty() ? Optional.empty()
                : reader.readRecords(source.annotation(), source.display(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ArticleText article = new ArticleText(source.article().getFileName().toString(), text.orElseThrow());
        return new AnnotatedArticle(source.display(), source.extracted() ? extraction.annotator().apply(article)
                : annotation.orElseThrow(), article);
    }

    /**
     * Annotates the articles no file annotates (all of them in {@code ALL} mode) with the extraction. An article with
     * an annotation file of its name is never extracted, even when that file cannot be read; nor is one that another
     * file names ({@code strays}). The articles are listed as sorted lines, not held.
     */
    private static void extract(SeedFiles seeds, Extraction extraction, Set<String> strays, Pass pass)
            throws IOException {
        boolean all = extraction.mode() == Extraction.Mode.ALL;
        long listed = 0;
        try (Stream<Path> articles = seeds.sortedArticleFiles()) {
            for (Iterator<Path> it = articles.iterator(); it.hasNext(); listed++) {
                Path path = it.next();
                String name = path.getFileName().toString();
                if (!all && (strays.contains(name) || hasAnnotationFile(seeds, stem(name)))) {
                    continue;
                }
                String display = seeds.display(path) + " (extracted)";
                Optional<String> text = text(path, seeds.display(path), pass.problems);
                if (text.isPresent()) {
                    ArticleText article = new ArticleText(name, text.get());
                    pass.accept(new ArticleSource(display, null, path),
                            new AnnotatedArticle(display, extraction.annotator().apply(article), article));
                }
            }
        }
        if (listed == 0 && pass.articles == 0) {
            pass.problems.add(new Problem(seeds.display(seeds.articles()), "", "no articles (*.txt) to build from"));
        }
    }

    private static Optional<ArticleText> article(SeedFiles seeds, String display, AnnotationFile annotation,
            List<Problem> problems) throws IOException {
        String source = annotation.article().sourceFile();
        Path path = seeds.articles().resolve(source);
        if (!Files.isRegularFile(path)) {
            problems.add(new Problem(display, "$.article.sourceFile",
                    "no article " + seeds.display(path) + " (expected the text file it annotates)"));
            return Optional.empty();
        }
        return text(path, seeds.display(path), problems).map(text -> new ArticleText(source, text));
    }

    /**
     * An article's text, or empty with a problem: larger than {@link SeedFiles#MAX_ARTICLE_BYTES}, not UTF-8, empty,
     * or holding a character that has no place in text.
     */
    private static Optional<String> text(Path path, String display, List<Problem> problems) throws IOException {
        Optional<String> read = Utf8Lib.read(path, display, SeedFiles.MAX_ARTICLE_BYTES, "an article",
                "UTF-8 text", problems);
        if (read.isEmpty()) {
            return read;
        }
        String text = read.get();
        if (text.isBlank()) {
            problems.add(new Problem(display, Utf8Lib.place(text, text.length()), text.isEmpty()
                    ? "the article is empty (0 bytes); expected its text"
                    : "the article holds only white space; expected its text"));
            return Optional.empty();
        }
        int bad = Utf8Lib.firstBadChar(text);
        if (bad >= 0) {
            problems.add(new Problem(display, Utf8Lib.place(text, bad), Utf8Lib.describe(text, bad)
                    + "; expected text" + (text.charAt(bad) == 0 ? " (is the file UTF-16 without a byte order mark?)"
                    : "")));
            return Optional.empty();
        }
        return read;
    }

    /** The state of one scan: problems, the validation across files, the sources read. */
    private static final class Pass {
        private final List<Problem> problems = new ArrayList<>();
        private final AnnotationValidator.Session checks;
        private final ArticleSink sink;
        private long articles;
        private long facts;
        private long mentions;

        Pass(AnnotationValidator.Session checks, ArticleSink sink) {
            this.checks = checks;
            this.sink = sink;
        }

        void accept(ArticleSource source, AnnotatedArticle article) throws IOException {
            checks.add(article);
            articles++;
            facts += article.annotation().facts().size();
            mentions += article.annotation().entities().stream().mapToLong(e -> e.mentions().size()).sum();
            if (problems.isEmpty() && checks.clean()) {
                sink.accept(source, article);
            }
        }
    }
}
