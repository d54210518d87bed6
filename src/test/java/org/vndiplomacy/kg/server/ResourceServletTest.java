package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.vocab.VND;

/** {@code /id/{kind}/{key}} over HTTP: content negotiation, the HTML pages, 404 and 400, escaping. */
class ResourceServletTest {

    private static final String XSS = "<script>alert('x')</script>";

    /** A resource of each kind: its path, Vietnamese label (if any), a type, and a quote of its evidence. */
    record Case(String path, String labelVi, String type, String quote) {
    }

    static final List<Case> CASES = List.of(
            new Case("country/us", "Hoa Kỳ", "Country", "hai bên thiết lập quan hệ Đối tác chiến lược toàn diện"),
            new Case("official/bui-thanh-son", "Bùi Thanh Sơn", "Official", "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn"),
            new Case("partnership/002-854a89eabb678019-partnership-vn-us-csp-2023-09",
                    "Đối tác chiến lược toàn diện vì hòa bình, hợp tác và phát triển bền vững", "Partnership",
                    "đã chứng kiến hai bên thiết lập quan hệ Đối tác chiến lược toàn diện"),
            new Case("observation/001-fd340b40d8971c87-obs-fdi-registered-2023", null, "Observation",
                    "thu hút FDI đạt gần 36,6 tỷ USD"),
            new Case("article/003-9d6eedfe7b931b05",
                    null, "Article", "Bộ Ngoại giao cũng tổ chức hàng trăm đoàn làm việc tới các địa phương"));

    @TempDir
    static Path dir;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir, Duration.ofSeconds(30), Optional.of(ServerFixture.PASSWORD));
        StringBuilder insert = new StringBuilder("INSERT DATA { GRAPH <http://example.org/xss> {\n");
        for (Case c : CASES) {
            insert.append("<").append(VND.ID_BASE).append(c.path()).append("> <").append(RDFS.comment.getURI())
                    .append("> \"").append(XSS.replace("'", "\\'")).append("\" .\n");
        }
        insert.append("} }");
        HttpResponse<String> response = fixture.postForm("/kg/update", "update", insert.toString(), null,
                ServerFixture.PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static Stream<Arguments> casesAndFormats() {
        return CASES.stream().flatMap(c -> Stream.of(
                Arguments.of(c, "text/turtle", Lang.TURTLE),
                Arguments.of(c, "application/ld+json", Lang.JSONLD),
                Arguments.of(c, "application/n-triples", Lang.NTRIPLES),
                Arguments.of(c, "application/rdf+xml", Lang.RDFXML)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("casesAndFormats")
    void rdf_byAccept_parsesWithLabelTypesAndEvidence(Case c, String mediaType, Lang lang) throws Exception {
        HttpResponse<String> response = fixture.get("/id/" + c.path(), mediaType);
        assertEquals(200, response.statusCode());
        assertEquals(mediaType, response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))).lang(lang)
                .parse(graph);
        Node r = NodeFactory.createURI(VND.ID_BASE + c.path());
        assertTrue(graph.contains(r, RDF.type.asNode(), NodeFactory.createURI(VND.NS + c.type())));
        if (c.labelVi() != null) {
            assertTrue(graph.contains(r, RDFS.label.asNode(), NodeFactory.createLiteralLang(c.labelVi(), "vi")));
        }
        if (c.path().startsWith("country/")) {
            assertTrue(graph.contains(r, OWL.sameAs.asNode(),
                    NodeFactory.createURI("http://www.wikidata.org/entity/Q30")));
        }
        assertTrue(graph.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/oa#exact"), Node.ANY).toList()
                .stream().anyMatch(t -> t.getObject().getLiteralLexicalForm().contains(c.quote())), c.quote());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void html_forBrowsers_showsLabelQuoteAndEscapesEveryLiteral(Case c) throws Exception {
        HttpResponse<String> response = fixture.get("/id/" + c.path(),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        String page = response.body();
        if (c.labelVi() != null) {
            assertTrue(page.contains(c.labelVi()), c.labelVi());
        }
        assertTrue(page.contains(c.quote()), c.quote());
        assertFalse(page.contains(XSS), "the literal went out unescaped");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                || page.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"), "the escaped literal");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    static Stream<Case> cases() {
        return CASES.stream();
    }

    @Test
    void suffixAndFormatParameter_overrideAccept() throws Exception {
        String path = "/id/country/us";
        assertTrue(fixture.get(path + ".ttl", "text/html").headers().firstValue("Content-Type").orElse("")
                .startsWith("text/turtle"));
        assertTrue(fixture.get(path + "?format=jsonld", "text/html").headers().firstValue("Content-Type")
                .orElse("").startsWith("application/ld+json"));
        assertTrue(fixture.get(path + ".html", "text/turtle").headers().firstValue("Content-Type").orElse("")
                .startsWith("text/html"));
        assertEquals(400, fixture.get(path + "?format=pdf", null).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text/turtle, application/n-triples                | text/turtle
            application/ld+json, text/turtle;q=0.5            | application/ld+json
            text/turtle,application/rdf+xml;q=0.9,*/*;q=0.1   | text/turtle
            */*                                               | text/html
            text/html;q=0, */*                                | text/turtle""")
    void accept_severalMediaRanges_servesTheBestByQ(String accept, String served) throws Exception {
        HttpResponse<String> response = fixture.get("/id/country/us", accept);
        assertEquals(200, response.statusCode());
        assertEquals(served, response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void accept_nothingOffered_406SaysWhatIsOffered() throws Exception {
        HttpResponse<String> response = fixture.get("/id/country/us", "text/turtle;q=0");
        assertEquals(406, response.statusCode());
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        assertEquals(RdfFormat.notAcceptable("text/turtle;q=0") + "\n", response.body());
        assertEquals(406, fixture.get("/id/country/us", "application/json").statusCode());
        assertEquals(200, fixture.get("/id/country/us.ttl", "application/json").statusCode(), "a suffix wins");
    }

    @Test
    void unknownOrMalformed_404And400() throws Exception {
        assertEquals(404, fixture.get("/id/country/zz", "text/turtle").statusCode());
        assertEquals("no resource " + VND.ID_BASE + "country/zz\n",
                fixture.get("/id/country/zz", "text/turtle").body());
        assertEquals(404, fixture.get("/id/country/zz", "text/html").statusCode());
        assertEquals(400, fixture.get("/id/country", "text/html").statusCode());
        assertEquals(400, fixture.get("/id/country/u%20s", "text/html").statusCode());
        assertEquals(400, fixture.get("/id/country/us/extra", "text/html").statusCode());
    }

    @Test
    void observation_withConflicts_showsThemSideBySide() throws Exception {
        String page = fixture.get("/id/observation/001-fd340b40d8971c87-obs-fdi-registered-growth-2023",
                "text/html").body();
        assertTrue(page.contains("<h2>Conflicting figures</h2>"), page);
        int side = page.indexOf("<div class=\"side-by-side\">");
        String block = page.substring(side, page.indexOf("</div>", side));
        assertEquals(3, block.split("<article class=\"fact\">", -1).length - 1, block);
        for (String raw : List.of("32,1%", "32,8%", "14,8%")) {
            assertTrue(block.contains(raw), raw);
        }
    }

    @Test
    void article_pageMarksEvidenceAndLinksMentions() throws Exception {
        String page = fixture.get("/id/article/001-fd340b40d8971c87", "text/html").body();
        assertTrue(page.contains("<mark title=\"evidence of "), "evidence is highlighted");
        assertTrue(page.contains("<a href=\"/id/official/bui-thanh-son\" title=\"Bùi Thanh Sơn\">Bùi Thanh Sơn</a>"),
                "a mention links to its entity");
    }
}
