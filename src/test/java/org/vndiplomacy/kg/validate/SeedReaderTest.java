package org.vndiplomacy.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.SeedCounts;
import org.vndiplomacy.kg.convert.OntologyFiles;

/** The streaming scan of a seeds folder: valid articles handed on one by one, read again the same, none after a problem. */
class SeedReaderTest {

    private static KnownTerms terms;

    @TempDir
    Path dir;

    @BeforeAll
    static void readOntology() throws IOException {
        terms = OntologyFiles.read(Path.of("ontology")).knownTerms();
    }

    private Path copySeeds() throws IOException {
        Path to = dir.resolve("seeds");
        try (Stream<Path> walk = Files.walk(Path.of("seeds"))) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(Path.of("seeds").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    @Test
    void scan_seeds_handsOnEveryArticleInOrderAndRereadsThemTheSame() throws Exception {
        SeedReader reader = new SeedReader();
        List<AnnotatedArticle> seen = new ArrayList<>();
        SeedReader.Scan scan = reader.scan(new SeedFiles(Path.of("seeds")), terms, Extraction.off(),
                (source, article) -> seen.add(article));
        assertEquals(5, seen.size());
        assertEquals(SeedCounts.FACTS, scan.facts());
        assertEquals(reader.read(new SeedFiles(Path.of("seeds")), terms), seen);
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(seen.get(i), reader.reread(scan.sources().get(i), Extraction.off()));
        }
    }

    @Test
    void scan_secondFileBad_nothingHandedOnAfterTheProblemAndEveryProblemReported() throws Exception {
        Path seeds = copySeeds();
        Path second = seeds.resolve("annotations/001_fd340b40d8971c87.json");
        Files.writeString(second, Files.readString(second).replaceFirst("\"start\": (\\d+)", "\"start\": 999999"));
        Path fourth = seeds.resolve("annotations/003_9d6eedfe7b931b05.json");
        Files.writeString(fourth, "{");
        List<String> seen = new ArrayList<>();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SeedReader().scan(
                new SeedFiles(seeds), terms, Extraction.off(), (source, article) -> seen.add(source.display())));

        assertEquals(List.of("seeds/annotations/000_18e04e0ee17e3dbf.json"), seen);
        assertEquals("seeds/annotations/003_9d6eedfe7b931b05.json", e.problems().get(0).file(), "read problems first");
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("is past the end of the article")),
                e.problems().toString());
    }
}
