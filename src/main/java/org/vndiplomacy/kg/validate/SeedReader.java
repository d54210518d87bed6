package org.vndiplomacy.kg.validate;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<Problem> problems = new ArrayList<>();
        List<AnnotatedArticle> inputs = new ArrayList<>();
        List<Path> files = seeds.annotationFiles();
        if (files.isEmpty()) {
            problems.add(new Problem(seeds.display(seeds.annotations()), "",
                    "no annotation files (*.json); expected one per article"));
        }
        for (Path file : files) {
            String display = seeds.display(file);
            Optional<AnnotationFile> annotation = reader.read(file, display, problems);
            if (annotation.isPresent()) {
                article(seeds, file, display, annotation.get(), problems)
                        .ifPresent(text -> inputs.add(new AnnotatedArticle(display, annotation.get(), text)));
            }
        }
        problems.addAll(new AnnotationValidator(terms).validate(inputs));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return inputs;
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
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return Optional.of(new ArticleText(source, text));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(seeds.display(path), "", "not UTF-8 text"));
            return Optional.empty();
        }
    }
}
