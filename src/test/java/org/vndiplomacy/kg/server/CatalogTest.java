package org.vndiplomacy.kg.server;

import org.vndiplomacy.kg.SeedCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query of the catalog ({@code queries/*.rq}) through the HTTP endpoint, in CSV, JSON and XML: each answer
 * equals the expected one in {@code src/test/resources/catalog/NAME.csv} (JSON and XML answers are read back and
 * written as CSV to be compared).
 */
class CatalogTest {

    private static final Path QUERIES = Path.of("queries");
    private static final Path EXPECTED = Path.of("src", "test", "resources", "catalog");

    @TempDir
    static Path dir;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir, Duration.ofSeconds(30), Optional.empty());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static List<String> queries() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    void catalog_hasAtLeastTwelveQueriesEachWithBothQuestionsAndAnAnswer() throws IOException {
        List<String> names = queries();
        assertTrue(names.size() >= 12, names.toString());
        for (String name : names) {
            List<String> lines = Files.readAllLines(QUERIES.resolve(name), StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("# Question: ") && lines.get(0).length() > 20, name);
            assertTrue(lines.get(1).startsWith("# Câu hỏi: ") && lines.get(1).length() > 20, name);
            assertTrue(Files.isRegularFile(EXPECTED.resolve(name.replace(".rq", ".csv"))), name);
        }
    }

    /** This server was started without a password: updates are refused to everyone, whatever they send. */
    @Test
    void update_serverWithoutPassword_refusesEveryUpdate() throws Exception {
        String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> "
                + "<http://example.org/p> \"x\" } }";
        assertEquals(403, fixture.postForm("/kg/update", "update", insert, null, null).statusCode());
        assertEquals(403, fixture.postForm("/kg/update", "update", insert, null, "admin").statusCode());
        assertEquals(Integer.toString(SeedCounts.UNION_TRIPLES), fixture.scalar("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
    }

    @Test
    void readme_linksEveryQuerySoThatItOpensInTheQueryUi() throws IOException {
        String readme = Files.readString(QUERIES.resolve("README.md"), StandardCharsets.UTF_8);
        for (String name : queries()) {
            String link = "| [" + name + "](" + name + ") | ";
            int row = readme.indexOf(link);
            assertTrue(row >= 0, name + " is not in queries/README.md");
            String prefix = "(http://localhost:3030/#/dataset/kg/query?query=";
            int start = readme.indexOf(prefix, row) + prefix.length();
            String encoded = readme.substring(start, readme.indexOf(')', start));
            assertEquals(Files.readString(QUERIES.resolve(name), StandardCharsets.UTF_8),
                    URLDecoder.decode(encoded, StandardCharsets.UTF_8), name + ": the link differs from the file");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void query_answersAsExpectedInCsvJsonAndXml(String name) throws Exception {
        String query = Files.readString(QUERIES.resolve(name), StandardCharsets.UTF_8);
        String expected = Files.readString(EXPECTED.resolve(name.replace(".rq", ".csv")), StandardCharsets.UTF_8);

        HttpResponse<String> csv = fixture.query(query, "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals(expected, csv.body(), "CSV");

        HttpResponse<String> json = fixture.query(query, "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertEquals(expected, asCsv(json.body(), ResultSetLang.RS_JSON), "JSON");

        HttpResponse<String> xml = fixture.query(query, "application/sparql-results+xml");
        assertEquals(200, xml.statusCode());
        assertEquals(expected, asCsv(xml.body(), ResultSetLang.RS_XML), "XML");
    }

    private static String asCsv(String body, org.apache.jena.riot.Lang lang) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
        return out.toString(StandardCharsets.UTF_8);
    }

}
