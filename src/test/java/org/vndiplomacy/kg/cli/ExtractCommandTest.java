package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.SeedFiles;
import org.vndiplomacy.kg.validate.SeedReader;

/**
 * {@code extract}: one article's annotation on stdout, a folder's into {@code --output}, each valid under the
 * validator (also for an article with nothing to find), a throughput line on stderr, and one-line errors.
 */
class ExtractCommandTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = MainCommand.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void extract_oneArticle_printsItsAnnotation() throws IOException {
        assertEquals(0, run("extract", "seeds/articles/004_2190a0364f6f74ce.txt"), err);
        JsonNode json = new ObjectMapper().readTree(out);
        assertEquals("vn-diplomacy-annotation/1", json.get("format").asText());
        assertEquals("extractor", json.get("annotator").get("kind").asText());
        assertEquals("2023-12-18T18:18", json.get("article").get("issued").asText());
        assertTrue(json.get("facts").size() >= 10, out);
        assertTrue(err.matches("extracted 1 article\\(s\\), \\d+ fact\\(s\\) in [0-9.]+ s \\([0-9.]+ articles/s\\)\\n"),
                err);
    }

    @Test
    void extract_folder_writesValidAnnotations_evenForAnArticleWithNothingToFind() throws Exception {
        Path seeds = dir.resolve("seeds");
        Path articles = Files.createDirectories(seeds.resolve("articles"));
        for (String name : List.of("000_18e04e0ee17e3dbf.txt", "002_854a89eabb678019.txt")) {
            Files.copy(Path.of("seeds/articles", name), articles.resolve(name));
        }
        Files.writeString(articles.resolve("empty.txt"), "Chia sẻ\nNghe audio\n", StandardCharsets.UTF_8);
        assertEquals(0, run("extract", articles.toString(), "--output", seeds.resolve("annotations").toString()), err);
        assertTrue(err.startsWith("extracted 3 article(s), "), err);
        JsonNode empty = new ObjectMapper().readTree(seeds.resolve("annotations/empty.json").toFile());
        assertEquals(0, empty.get("facts").size());
        assertEquals(0, empty.get("entities").size());
        OntologyFiles ontology = OntologyFiles.read(Path.of("ontology"));
        List<AnnotatedArticle> read = new SeedReader().read(new SeedFiles(seeds), ontology.knownTerms());
        assertEquals(3, read.size());
        assertFalse(read.get(1).annotation().facts().isEmpty());
    }

    @Test
    void extract_badInputs_oneLineErrors() throws IOException {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Th\u00e1i Lan".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ExitCodes.INVALID, run("extract", latin1.toString()));
        assertEquals("error: " + latin1 + ": not UTF-8 text; expected a UTF-8 article\n", err);
        assertEquals(ExitCodes.IO, run("extract", dir.resolve("missing.txt").toString()));
        assertTrue(err.startsWith("error: " + dir.resolve("missing.txt")), err);
        Path none = Files.createDirectories(dir.resolve("none"));
        assertEquals(ExitCodes.INVALID, run("extract", none.toString(), "--output", dir.resolve("o").toString()));
        assertEquals("error: no articles (*.txt) in [" + none + "]\n", err);
        assertEquals(ExitCodes.INVALID, run("extract", "seeds/articles"));
        assertEquals("error: 5 articles; give --output DIR to write their annotations\n", err);
    }
}
