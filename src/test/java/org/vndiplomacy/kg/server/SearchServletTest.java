package org.vndiplomacy.kg.server;

import org.vndiplomacy.kg.SeedCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vndiplomacy.kg.vocab.VND;

/** {@code /search} (JSON and HTML) and the landing page {@code /about}, over HTTP. */
class SearchServletTest {

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

    private static List<String> iris(String q) throws Exception {
        HttpResponse<String> response = fixture.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&limit=5",
                "application/json");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("")
                .replaceAll(";.*", ""));
        JsonObject json = JSON.parse(response.body());
        List<String> iris = new ArrayList<>();
        for (JsonValue hit : json.get("results").getAsArray()) {
            iris.add(hit.getAsObject().get("iri").getAsString().value());
        }
        return iris;
    }

    @Test
    void search_withoutDiacriticsOrCase_findsTheResourceFirst() throws Exception {
        assertEquals(VND.ID_BASE + "official/pham-minh-chinh", iris("pham minh chinh").get(0));
        assertEquals(VND.ID_BASE + "official/pham-minh-chinh", iris("PHẠM Minh chính").get(0));
        assertEquals(VND.ID_BASE + "country/us", iris("hoa ky").get(0));
        assertEquals(List.of(VND.ID_BASE + "official/bui-thanh-son"), iris("bui thanh son"));
        assertEquals(VND.ID_BASE + "country/us", iris("my").get(0), "an other name (Mỹ)");
    }

    @Test
    void search_luceneSyntaxInTheInput_isTakenAsWords() throws Exception {
        assertEquals(List.of(), iris("\")(*"));
        assertEquals(VND.ID_BASE + "official/bui-thanh-son", iris("bui* (thanh) son~").get(0));
    }

    @Test
    void search_badParameters_400() throws Exception {
        assertEquals(400, fixture.get("/search", null).statusCode());
        assertEquals("expected q=WORDS (1 to 200 characters)\n", fixture.get("/search?q=", null).body());
        assertEquals(400, fixture.get("/search?q=x&limit=0", null).statusCode());
        assertEquals(400, fixture.get("/search?q=x&limit=ten", null).statusCode());
    }

    @Test
    void search_html_listsLinksToPagesAndEscapesTheQuery() throws Exception {
        HttpResponse<String> response = fixture.get("/search?q=%3Cb%3Ebui%20thanh%20son&format=html", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<a href=\"/id/official/bui-thanh-son\" lang=\"vi\">Bùi Thanh Sơn</a>"),
                response.body());
        assertTrue(response.body().contains("Search: &lt;b&gt;bui thanh son"), response.body());
    }

    @Test
    void landing_showsCountsSearchAndEveryCatalogQueryLinkedToTheUi() throws Exception {
        HttpResponse<String> response = fixture.get("/about", "text/html");
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<strong>5</strong> articles · <strong>" + SeedCounts.FACTS + "</strong> facts"), page);
        assertTrue(page.contains("<strong>" + SeedCounts.UNION_TRIPLES + "</strong> triples"), page);
        assertTrue(page.contains("<form class=\"search big\" action=\"/search\""), page);
        String unescaped = page.replace("&#61;", "=").replace("&amp;", "&");
        Matcher links = Pattern.compile("<a href=\"/#/dataset/kg/query\\?query=([^\"]+)\">open</a>")
                .matcher(unescaped);
        List<String> opened = new ArrayList<>();
        while (links.find()) {
            opened.add(URLDecoder.decode(links.group(1), StandardCharsets.UTF_8));
        }
        List<String> files = new ArrayList<>();
        try (var list = Files.list(Path.of("queries"))) {
            for (Path p : list.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                files.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        assertEquals(files, opened);
    }

    @Test
    void landing_linksToTheQueryUiPartnerGraphOntologyAndDumps() throws Exception {
        String page = fixture.get("/about", "text/html").body();
        int start = page.indexOf("<h2>Use the data</h2>");
        String section = page.substring(start, page.indexOf("</ul>", start));
        Matcher links = Pattern.compile("<a href=\"([^\"]+)\">").matcher(section);
        List<String> hrefs = new ArrayList<>();
        while (links.find()) {
            hrefs.add(links.group(1));
        }
        assertEquals(List.of("/#/dataset/kg/query", "/search?q=viet+nam", "/viz/", "/ontology",
                "/dumps/vn-diplomacy-kg.nq.gz", "/dumps/vn-diplomacy-kg.trig.gz", "/.well-known/void",
                "https://creativecommons.org/licenses/by/4.0/"), hrefs);
        assertTrue(page.contains("<nav><a href=\"/#/dataset/kg/query\">SPARQL</a> <a href=\"/ontology\">ontology</a>"
                + " <a href=\"/viz/\">partners</a></nav>"), "the header links to every page");
    }
}
