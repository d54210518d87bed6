package org.vndiplomacy.kg.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.vndiplomacy.kg.annotation.AnnotationFile;

/**
 * Reads a seeds folder: every annotation file with the article it names. Reads everything before reporting, so
 * that one run lists every problem.
 */
public final class SeedReader {

    private final AnnotationReader reader = new AnnotationReader();

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
        List<Problem> problems = new ArrayList<>();
        List<AnnotatedArticle> inputs = new ArrayList<>();
        List<Path> files = extraction.mode() == Extraction.Mode.ALL ? List.of() : seeds.annotationFiles();
        if (files.isEmpty() && extraction.mode() == Extraction.Mode.OFF) {
            problems.add(new Problem(seeds.display(seeds.annotations()), "",
                    "no annotation files (*.json); expected one per article"));
        }
        Set<String> annotated = new HashSet<>();
        for (Path file : files) {
            // an article with an annotation file is never extracted, even when that file cannot be read
            annotated.add(file.getFileName().toString().replaceFirst("\\.json$", ".txt"));
            String display = seeds.display(file);
            Optional<AnnotationFile> annotation = reader.read(file, display, problems);
            if (annotation.isPresent()) {
                annotated.add(annotation.get().article().sourceFile());
                article(seeds, file, display, annotation.get(), problems)
                        .ifPresent(text -> inputs.add(new AnnotatedArticle(display, annotation.get(), text)));
            }
        }
        if (extraction.mode() != Extraction.Mode.OFF) {
            extract(seeds, extraction, annotated, inputs, problems);
        }
        problems.addAll(new AnnotationValidator(terms).validate(inputs));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return inputs;
    }

    /** Annotates the articles no file annotates (all of them in {@code ALL} mode) with the extraction. */
    private static void extract(SeedFiles seeds, Extraction extraction, Set<String> annotated,
            List<AnnotatedArticle> inputs, List<Problem> problems) throws IOException {
        List<Path> articles = seeds.articleFiles();
        if (articles.isEmpty() && inputs.isEmpty()) {
            problems.add(new Problem(seeds.display(seeds.articles()), "", "no articles (*.txt) to build from"));
        }
        for (Path path : articles) {
            String name = path.getFileName().toString();
            if (annotated.contains(name)) {
                continue;
            }
            String display = seeds.display(path) + " (extracted)";
            text(seeds, path, problems).ifPresent(text -> {
                ArticleText article = new ArticleText(name, text);
                inputs.add(new AnnotatedArticle(display, extraction.annotator().apply(article), article));
            });
        }
    }

    private static Optional<ArticleText> article(SeedFiles seeds, Path file, String display,
            AnnotationFile annotation, List<Problem> problems) throws IOException {
        String source = annotation.article().sourceFile();
        String stem = source.substring(0, source.length() - ".txt".length());
        if (!file.getFileName().toString().equals(stem + ".json")) {
            problems.add(new Problem(display, "$.article.sourceFile", source + " is annotated by "
                    + file.getFileName() + "; expected it to be annotated by " + stem + ".json (file names must match)"));
        }
        Path path = seeds.articles().resolve(source);
        if (!Files.isRegularFile(path)) {
            problems.add(new Problem(display, "$.article.sourceFile",
                    "no article " + seeds.display(path) + " (expected the text file it annotates)"));
            return Optional.empty();
        }
        return text(seeds, path, problems).map(text -> new ArticleText(source, text));
    }

    /**
     * An article's text, or empty with a problem: larger than {@link SeedFiles#MAX_ARTICLE_BYTES}, not UTF-8, empty,
     * or holding a character that has no place in text.
     */
    private static Optional<String> text(SeedFiles seeds, Path path, List<Problem> problems) throws IOException {
        String display = seeds.display(path);
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
}
