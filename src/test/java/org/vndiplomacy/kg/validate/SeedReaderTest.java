package org.vndiplomacy.kg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.convert.OntologyFiles;

/**
 * What the seeds reader accepts beyond plain UTF-8 NFC files, read the same as the valid base of the invalid cases:
 * a UTF-8 byte order mark (dropped: offsets count from after it), an article in NFD (offsets count code points of its
 * NFC form), an annotation file just under its size limit.
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
}
