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
import org.vndiplomacy.kg.annotation.AnnotationFile;
import org.vndiplomacy.kg.extract.AnnotationWriter;
import org.vndiplomacy.kg.extract.ArticleExtractor;
import org.vndiplomacy.kg.validate.AnnotationReader;
import org.vndiplomacy.kg.validate.ArticleText;
import org.vndiplomacy.kg.validate.Problem;

/**
 * Runs the extractor on an article, stamped with the time it ran, and keeps the result beside the store
 * ({@code extracted/{stem}.json}), so that a rebuild with the same article, gazetteers and code gives the same
 * annotation, time included, and leaves the article's graph untouched. New extractions are written by
 * {@link #keep()}, once all input is known to be valid, so that a rejected build writes nothing. Without a folder
 * nothing is kept.
 */
final class ExtractionCache implements Function<ArticleText, AnnotationFile> {

    private final Path dir;
    private final String inputs;
    private final Supplier<ArticleExtractor> extractor;
    private final List<Made> pending = new ArrayList<>();

    /** An extraction not yet written. */
    private record Made(String stem, String key, AnnotationFile annotation) {
    }

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
            Optional<AnnotationFile> kept = dir == null ? Optional.empty() : kept(stem, key);
            if (kept.isPresent()) {
                return kept.get();
            }
            String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            AnnotationFile made = extractor.get().extract(article.file(), article.text());
            AnnotationFile stamped = new AnnotationFile(made.format(), made.article(), made.annotator().at(now),
                    made.entities(), made.facts());
            if (dir != null) {
                pending.add(new Made(stem, key, stamped));
            }
            return stamped;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<AnnotationFile> kept(String stem, String key) throws IOException {
        Path json = dir.resolve(stem + ".json");
        Path keyFile = dir.resolve(stem + ".key");
        if (!Files.isRegularFile(json) || !Files.isRegularFile(keyFile)
                || !Files.readString(keyFile, StandardCharsets.UTF_8).strip().equals(key)) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        return new AnnotationReader().read(json, json.toString(), problems);
    }

    /** Writes the extractions made since the last call. */
    void keep() throws IOException {
        for (Made m : pending) {
            keep(m.stem(), m.key(), m.annotation());
        }
        pending.clear();
    }

    private void keep(String stem, String key, AnnotationFile annotation) throws IOException {
        Files.createDirectories(dir);
        Path temp = dir.resolve(stem + ".json.tmp");
        Files.writeString(temp, AnnotationWriter.toJson(annotation), StandardCharsets.UTF_8);
        Files.move(temp, dir.resolve(stem + ".json"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(dir.resolve(stem + ".key"), key + "\n", StandardCharsets.UTF_8);
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
