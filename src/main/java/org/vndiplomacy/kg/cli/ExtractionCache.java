package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.vndiplomacy.kg.annotation.AnnotationFile;
import org.vndiplomacy.kg.extract.AnnotationWriter;
import org.vndiplomacy.kg.extract.ArticleExtractor;
import org.vndiplomacy.kg.validate.AnnotationReader;
import org.vndiplomacy.kg.validate.ArticleText;
import org.vndiplomacy.kg.validate.Problem;

/**
 * Runs the extractor on an article, stamped with the time it ran, and keeps the result beside the store
 * ({@code extracted/{stem}.json}), so that a rebuild with the same article, gazetteers and code gives the same
 * annotation, time included, and leaves the article's graph untouched. New extractions go to a temporary folder as
 * they are made (a second pass over the seeds reads them from there, and nothing is held in memory); {@link #keep()}
 * moves them beside the store once all input is known to be valid, so that a rejected build writes nothing there.
 * Without a folder nothing is kept; closing deletes the temporary folder.
 */
final class ExtractionCache implements Function<ArticleText, AnnotationFile>, AutoCloseable {

    private final Path dir;
    private final String inputs;
    private final Supplier<ArticleExtractor> extractor;
    private final AnnotationReader reader = new AnnotationReader();
    private Path staging;

    /**
     * @param dir where to keep extractions, or {@code null}
     * @param inputs the fingerprint of what extraction depends on besides the text (the ontology folder, the code)
     */
    ExtractionCache(Path dir, String inputs, Supplier<ArticleExtractor> extractor) {
        this.dir = dir;
        this.inputs = inputs;
        this.extractor = extractor;
    }

    @Override
    public AnnotationFile apply(ArticleText article) {
        try {
            String key = key(article);
            String stem = article.file().replaceFirst("\\.txt$", "");
            Optional<AnnotationFile> kept = dir == null ? Optional.empty() : kept(dir, stem, key);
            if (kept.isEmpty() && staging != null) {
                kept = kept(staging, stem, key);
            }
            if (kept.isPresent()) {
                return kept.get();
            }
            String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            AnnotationFile made = extractor.get().extract(article.file(), article.text());
            AnnotationFile stamped = new AnnotationFile(made.format(), made.article(), made.annotator().at(now),
                    made.entities(), made.facts());
            if (staging == null) {
                staging = Files.createTempDirectory("vnkg-extracted-");
            }
            write(staging, stem, key, stamped);
            return stamped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<AnnotationFile> kept(Path folder, String stem, String key) throws IOException {
        Path json = folder.resolve(stem + ".json");
        Path keyFile = folder.resolve(stem + ".key");
        if (!Files.isRegularFile(json) || !Files.isRegularFile(keyFile)
                || !Files.readString(keyFile, StandardCharsets.UTF_8).strip().equals(key)) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        return reader.read(json, json.toString(), problems);
    }

    /** Moves the extractions made so far beside the store (when there is a folder for them). */
    void keep() throws IOException {
        if (dir == null || staging == null) {
            return;
        }
        List<Path> made;
        try (Stream<Path> files = Files.list(staging)) {
            made = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        Files.createDirectories(dir);
        for (Path json : made) {
            String stem = json.getFileName().toString().replaceFirst("\\.json$", "");
            Path temp = dir.resolve(stem + ".json.tmp");
            Files.copy(json, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, dir.resolve(stem + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging.resolve(stem + ".key"), dir.resolve(stem + ".key"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.delete(json);
        }
    }

    /** Deletes the temporary folder. */
    @Override
    public void close() throws IOException {
        if (staging == null) {
            return;
        }
        try (Stream<Path> files = Files.list(staging)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(staging);
        staging = null;
    }

    private static void write(Path folder, String stem, String key, AnnotationFile annotation) throws IOException {
        Path temp = folder.resolve(stem + ".json.tmp");
        Files.writeString(temp, AnnotationWriter.toJson(annotation), StandardCharsets.UTF_8);
        Files.move(temp, folder.resolve(stem + ".json"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(folder.resolve(stem + ".key"), key + "\n", StandardCharsets.UTF_8);
    }

    private String key(ArticleText article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((ArticleExtractor.VERSION + "\n" + inputs + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
