package org.vndiplomacy.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.SeedCounts;
import org.vndiplomacy.kg.convert.OntologyFiles;

/**
 * What the seeds reader accepts beyond plain UTF-8 NFC files, read the same as the valid base of the invalid cases:
 * a UTF-8 byte order mark (dropped: offsets count from after it), an article in NFD (offsets count code points of its
 * NFC form), an annotation file just under its size limit. And its streaming scan: valid articles handed on one by
 * one and read again the same, none after a problem.
 */
class SeedReaderTest {

    private static final Path BASE = Path.of("src", "test", "resources", "invalid", "000-valid-base", "seeds");

    private static KnownTerms terms;

    @TempDir
    Path dir;

    private Path seeds;
    private List<AnnotatedArticle> expected;

    @BeforeAll
    static void readOntology() throws IOException {
        terms = OntologyFiles.read(Path.of("ontology")).knownTerms();
    }

    @BeforeEach
    void copyBase() throws Exception {
        seeds = dir.resolve("seeds");
        for (String file : List.of("articles/a.txt", "annotations/a.json")) {
            Files.createDirectories(seeds.resolve(file).getParent());
            Files.copy(BASE.resolve(file), seeds.resolve(file));
        }
        expected = read();
    }

    private List<AnnotatedArticle> read() throws Exception {
        return new SeedReader().read(new SeedFiles(seeds), terms);
    }

    @Test
    void read_utf8ByteOrderMarks_droppedAndReadAsWithout() throws Exception {
        for (String file : List.of("articles/a.txt", "annotations/a.json")) {
            byte[] bytes = Files.readAllBytes(seeds.resolve(file));
            byte[] marked = new byte[bytes.length + 3];
            marked[0] = (byte) 0xEF;
            marked[1] = (byte) 0xBB;
            marked[2] = (byte) 0xBF;
            System.arraycopy(bytes, 0, marked, 3, bytes.length);
            Files.write(seeds.resolve(file), marked);
        }

        assertEquals(expected, read());
    }

    @Test
    void read_articleInNfdWithOffsetsOfItsNfcForm_accepted() throws Exception {
        Path article = seeds.resolve("articles/a.txt");
        String nfd = Normalizer.normalize(Files.readString(article), Normalizer.Form.NFD);
        Files.writeString(article, nfd);

        List<AnnotatedArticle> read = read();

        assertEquals(expected.get(0).annotation(), read.get(0).annotation());
        assertEquals(expected.get(0).article().text(), read.get(0).article().text());
        assertTrue(read.get(0).article().normalized());
        assertFalse(expected.get(0).article().normalized());
    }

    @Test
    void read_annotationJustUnderTheLimit_read() throws Exception {
        Path file = seeds.resolve("annotations/a.json");
        String json = Files.readString(file);
        String note = "\"note\": \"article undated: no attestedOn";
        int room = (int) (SeedFiles.MAX_ANNOTATION_BYTES - json.getBytes(StandardCharsets.UTF_8).length);
        Files.writeString(file, json.replace(note, note + "x".repeat(room)));
        assertEquals(SeedFiles.MAX_ANNOTATION_BYTES, Files.size(file));

        List<AnnotatedArticle> read = read();

        assertEquals(expected.get(0).annotation().entities(), read.get(0).annotation().entities());
        assertEquals(room + note.length() - "\"note\": \"".length(), read.get(0).annotation().facts().get(0).note()
                .length());
    }

    @Test
    void scan_seeds_handsOnEveryArticleInOrderAndRereadsThemTheSame() throws Exception {
        SeedReader reader = new SeedReader();
        List<AnnotatedArticle> seen = new ArrayList<>();
        List<ArticleSource> sources = new ArrayList<>();
        SeedReader.Scan scan = reader.scan(new SeedFiles(Path.of("seeds")), terms, Extraction.off(),
                (source, article) -> {
                    sources.add(source);
                    seen.add(article);
                });
        assertEquals(5, seen.size());
        assertEquals(5, scan.articles());
        assertEquals(SeedCounts.FACTS, scan.facts());
        assertEquals(reader.read(new SeedFiles(Path.of("seeds")), terms), seen);
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(seen.get(i), reader.reread(sources.get(i), Extraction.off()));
        }
    }

    @Test
    void scan_secondFileBad_nothingHandedOnAfterTheProblemAndEveryProblemReported() throws Exception {
        Path project = copy(Path.of("seeds"), dir.resolve("project").resolve("seeds"));
        Path second = project.resolve("annotations/001_fd340b40d8971c87.json");
        Files.writeString(second, Files.readString(second).replaceFirst("\"start\": (\\d+)", "\"start\": 999999"));
        Path fourth = project.resolve("annotations/003_9d6eedfe7b931b05.json");
        Files.writeString(fourth, "{");
        List<String> handed = new ArrayList<>();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SeedReader().scan(
                new SeedFiles(project), terms, Extraction.off(), (source, article) -> handed.add(source.display())));

        assertEquals(List.of("seeds/annotations/000_18e04e0ee17e3dbf.json"), handed);
        assertEquals("seeds/annotations/003_9d6eedfe7b931b05.json", e.problems().get(0).file(), "read problems first");
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("is past the end of the article")),
                e.problems().toString());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }
}
