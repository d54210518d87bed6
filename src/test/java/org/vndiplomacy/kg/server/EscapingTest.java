package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.server.LandingServlet.CatalogQuery;
import org.vndiplomacy.kg.server.LandingServlet.LandingView;
import org.vndiplomacy.kg.vocab.VND;

/**
 * Labels that carry markup are shown as text on the search list, the ontology page and the landing page: a country,
 * an agreement with a quote and an ontology class are added whose labels are {@link #SCRIPT} and {@link #IMG}.
 * (The resource pages are checked in {@link ResourceServletTest}, the partner page's panel in
 * {@link EscapingBrowserIT}.)
 */
class EscapingTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    /** The two as Mustache escapes them. */
    static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    static final String IMG_ESCAPED = "&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;";
    static final String COUNTRY = VND.ID_BASE + "country/xx";

    @TempDir
    static Path dir;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ServerFixture(dir, Duration.ofSeconds(30), Optional.of(ServerFixture.PASSWORD));
        insertPayloads(fixture);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    /**
     * Adds the country {@code country/xx} (labels: the two payloads and "xsstest", one mention), an agreement of it
     * with Vietnam whose quote is both payloads, and the ontology class {@code vnd:XssTest} labelled with them.
     */
    static void insertPayloads(ServerFixture server) throws Exception {
        String update = "PREFIX vnd: <" + VND.NS + ">\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                + "PREFIX oa: <http://www.w3.org/ns/oa#>\n"
                + "INSERT DATA { GRAPH <http://example.org/xss> {\n"
                + "  <" + COUNTRY + "> a vnd:Country ; rdfs:label '" + SCRIPT + " xsstest'@vi , '" + IMG
                + " xsstest'@en .\n"
                + "  <" + VND.ID_BASE + "mention/xss> vnd:mentionOf <" + COUNTRY + "> .\n"
                + "  <" + VND.ID_BASE + "agreement/xss> a vnd:Agreement ; vnd:party <" + COUNTRY + "> , <"
                + VND.ID_BASE + "country/vn> ; vnd:evidence <" + VND.ID_BASE + "evidence/xss> .\n"
                + "  <" + VND.ID_BASE + "evidence/xss> oa:exact '" + SCRIPT + " " + IMG + "' ; oa:start 0 ;"
                + " vnd:inArticle <" + VND.ID_BASE + "article/001-fd340b40d8971c87> .\n"
                + "} GRAPH <" + VND.GRAPH_BASE + "ontology> {\n"
                + "  vnd:XssTest a owl:Class ; rdfs:label '" + SCRIPT + "'@en , '" + IMG + "'@vi ;"
                + " rdfs:comment '" + SCRIPT + " " + IMG + "'@en .\n"
                + "} }";
        HttpResponse<String> response = server.postForm("/kg/update", "update", update, null,
                ServerFixture.PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
    }

    private static void assertNoMarkup(String page) {
        assertFalse(page.contains(SCRIPT), "a script went out unescaped");
        assertFalse(page.contains("<img"), "an image went out unescaped");
    }

    @Test
    void searchList_labelsWithMarkup_shownAsText() throws Exception {
        HttpResponse<String> response = fixture.get("/search?q=xsstest&format=html", null);
        assertEquals(200, response.statusCode());
        assertNoMarkup(response.body());
        assertTrue(response.body().contains("<li><a href=\"/id/country/xx\" lang=\"vi\">" + SCRIPT_ESCAPED
                + " xsstest</a> <span lang=\"en\">(" + IMG_ESCAPED + " xsstest)</span> <small>Country</small></li>"),
                response.body());
    }

    @Test
    void ontologyPage_labelsAndCommentWithMarkup_shownAsText() throws Exception {
        String page = fixture.get("/ontology", "text/html").body();
        assertNoMarkup(page);
        assertTrue(page.contains("<h3>vnd:XssTest <small>" + SCRIPT_ESCAPED + " · <span lang=\"vi\">" + IMG_ESCAPED
                + "</span></small></h3>\n<p>" + SCRIPT_ESCAPED + " " + IMG_ESCAPED + "</p>"), page);
    }

    @Test
    void landingPage_showsNoLabelsAndEscapesTheCatalogQuestions() throws Exception {
        assertNoMarkup(fixture.get("/about", "text/html").body());
        String page = new PageRenderer().render("landing", new LandingView(1, 2, 3, 4,
                List.of(new CatalogQuery("x.rq", SCRIPT, IMG, "/#/dataset/kg/query?query=" + IMG))));
        assertNoMarkup(page);
        assertTrue(page.contains("<tr><td>" + SCRIPT_ESCAPED + "</td><td lang=\"vi\">" + IMG_ESCAPED
                + "</td><td><a href=\"/#/dataset/kg/query?query&#61;" + IMG_ESCAPED + "\">open</a></td></tr>"), page);
    }
}
