package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.extract.ArticleExtractor;
import org.vndiplomacy.kg.server.SparqlServer;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.store.StoreFixture;
import org.vndiplomacy.kg.store.StoreLayout;

/**
 * An article dropped into the seeds without an annotation is extracted by {@code build} and served with machine
 * provenance (the extractor as agent, the extraction activity with its end time, a confidence on every fact); a
 * curated annotation for it replaces the machine one on the next build; {@code --extraction-only} ignores the
 * curated files.
 */
class ExtractionBuildTest {

    private static final Path EVALUATION = Path.of("src", "test", "resources", "evaluation");
    private static final String GRAPH = "<https://w3id.org/vn-diplomacy/graph/article/101-japan>";
    private static final String ARTICLE = "<https://w3id.org/vn-diplomacy/id/article/101-japan>";

    @TempDir
    Path dir;

    private SeedCopy copy;
    private Path db;
    private Path config;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void copyInputs() throws IOException {
        copy = SeedCopy.in(dir);
        db = dir.resolve("db");
        Files.createDirectories(dir.resolve("fuseki-config"));
        config = Files.copy(StoreFixture.CONFIG, dir.resolve("fuseki-config/config.ttl"));
        Files.copy(EVALUATION.resolve("articles/101_japan.txt"), copy.seeds().resolve("articles/101_japan.txt"));
    }

    @AfterEach
    void release() {
        if (Files.isDirectory(db.resolve("dataset"))) {
            StoreFixture.release(new StoreLayout(db));
        }
    }

    private int build(String... more) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("build", "--seeds", copy.seeds().toString(),
                "--ontology", copy.ontology().toString(), "--db", db.toString(), "--config", config.toString()));
        args.addAll(List.of(more));
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    }

    private String line(String graph) {
        return out.toString().lines().filter(l -> l.contains(" " + graph + " ")).map(String::strip)
                .map(l -> l.replaceAll("\\s+", " ").replaceAll(" [0-9,]+ triples$", "")).findFirst().orElse("");
    }

    /** A SPARQL query over HTTP to a real server on the built store; the CSV answer. */
    private String served(String query) throws Exception {
        StoreLayout layout = new StoreLayout(db);
        FusekiServer server = SparqlServer.create(StoreConfig.read(config, layout), 0, Optional.empty());
        server.start();
        try {
            URI uri = URI.create("http://localhost:" + server.getHttpPort() + "/kg/sparql?query="
                    + URLEncoder.encode("PREFIX prov: <http://www.w3.org/ns/prov#> "
                    + "PREFIX vnd: <https://w3id.org/vn-diplomacy/ontology#> " + query, StandardCharsets.UTF_8));
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            return answer.body();
        } finally {
            SparqlServer.stop(server);
            StoreFixture.release(layout);
        }
    }

    @Test
    void build_articleWithoutAnnotation_servedWithMachineProvenance_thenTheCuratedOneReplacesIt() throws Exception {
        assertEquals(0, build(), err.toString());
        assertEquals("added article/101-japan", line("article/101-japan"));
        JsonNode kept = new ObjectMapper().readTree(db.resolve("extracted/101_japan.json").toFile());
        int facts = kept.get("facts").size();
        assertTrue(facts >= 10, "facts extracted: " + facts);
        String ended = kept.get("annotator").get("generatedAt").asText();

        assertEquals("facts,generated,confident,agent,ended\r\n" + facts + "," + facts + "," + facts
                + ",https://w3id.org/vn-diplomacy/id/agent/vn-diplomacy-kg-extractor-" + ArticleExtractor.VERSION + ","
                + ended + "\r\n",
                served("SELECT (COUNT(DISTINCT ?f) AS ?facts) (COUNT(DISTINCT ?g) AS ?generated) "
                        + "(COUNT(DISTINCT ?c) AS ?confident) (SAMPLE(?a) AS ?agent) (SAMPLE(?t) AS ?ended) WHERE { "
                        + "GRAPH " + GRAPH + " { ?f prov:wasDerivedFrom " + ARTICLE + " ; prov:wasAttributedTo ?a . "
                        + "OPTIONAL { ?f prov:wasGeneratedBy ?act . ?act prov:used " + ARTICLE + " ; "
                        + "prov:endedAtTime ?t ; prov:wasAssociatedWith ?a . BIND(?f AS ?g) } "
                        + "OPTIONAL { ?f vnd:confidence ?conf FILTER(?conf > 0 && ?conf <= 1) BIND(?f AS ?c) } } }"));

        assertEquals(0, build(), err.toString());
        assertEquals("unchanged article/101-japan", line("article/101-japan"), "the kept extraction is reused");

        Files.copy(EVALUATION.resolve("annotations/101_japan.json"), copy.seeds().resolve("annotations/101_japan.json"));
        assertEquals(0, build(), err.toString());
        assertEquals("replaced article/101-japan", line("article/101-japan"));
        assertEquals("facts,generated,agent\r\n20,0,https://w3id.org/vn-diplomacy/id/agent/curated\r\n",
                served("SELECT (COUNT(DISTINCT ?f) AS ?facts) (COUNT(DISTINCT ?act) AS ?generated) "
                        + "(SAMPLE(?a) AS ?agent) WHERE { GRAPH " + GRAPH + " { ?f prov:wasDerivedFrom " + ARTICLE
                        + " ; prov:wasAttributedTo ?a . OPTIONAL { ?f prov:wasGeneratedBy ?act } } }"));
    }

    @Test
    void convert_articleWithoutAnnotation_itsExtractionServesBothPassesAndIsNotKept() throws Exception {
        Path output = dir.resolve("out.nq");
        out = new StringWriter();
        err = new StringWriter();
        assertEquals(0, MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), "convert",
                "--seeds", copy.seeds().toString(), "--ontology", copy.ontology().toString(), "--format", "nquads",
                "--output", output.toString()), err.toString());
        String nquads = Files.readString(output);
        assertTrue(nquads.contains("<https://w3id.org/vn-diplomacy/id/activity/extraction-101-japan> "
                + "<http://www.w3.org/ns/prov#endedAtTime>"), "the extraction's graph is written");
        assertFalse(Files.exists(copy.seeds().resolve("extracted")), "convert keeps no extraction");
    }

    @Test
    void build_extractionOnly_ignoresTheCuratedFiles_andAPlainBuildRestoresThem() throws Exception {
        assertEquals(0, build("--extraction-only"), err.toString());
        String byKind = "SELECT ?kind (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?f prov:wasAttributedTo ?a } "
                + "BIND(IF(STRENDS(STR(?a), '/curated'), 'curated', 'extracted') AS ?kind) } GROUP BY ?kind";
        assertEquals("kind,graphs\r\nextracted,6\r\n", served(byKind));

        assertEquals(0, build(), err.toString());
        assertEquals("replaced article/000-18e04e0ee17e3dbf", line("article/000-18e04e0ee17e3dbf"));
        assertEquals("kind,graphs\r\ncurated,5\r\nextracted,1\r\n", served(byKind + " ORDER BY ?kind"));
    }
}
