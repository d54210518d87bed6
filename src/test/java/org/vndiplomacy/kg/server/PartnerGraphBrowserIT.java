package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The partner-relations page in a real headless Chromium, in one session: the graph drawn from the live endpoint has
 * as many nodes as SPARQL counts, the Vietnam–United States and Vietnam–China partnerships with their levels;
 * choosing the year 2024 hides the visits and events of 2023 and keeps the partnerships and agreements made before,
 * which still hold; clicking the United States shows the partnership's evidence quote; the PNG export is the view;
 * the layout is the same on a reload. Then: the language toggle names the nodes in English; a minimum of mentions
 * leaves as many nodes as SPARQL counts; unticking visits hides them; clicking an edge shows its quote; "hoa ky" in
 * the search box selects the United States and fills the panel, whose links all lead to resource pages.
 * Screenshots go to {@code target/screenshots/}.
 */
class PartnerGraphBrowserIT {

    private static final String VN = VND.ID_BASE + "country/vn";
    private static final String US = VND.ID_BASE + "country/us";
    private static final String CN = VND.ID_BASE + "country/cn";
    private static final String BIDEN = VND.ID_BASE + "visit/002-854a89eabb678019-visit-joe-biden-2023-09";
    private static final String US_PARTNERSHIP = VND.ID_BASE
            + "partnership/002-854a89eabb678019-partnership-vn-us-csp-2023-09";
    private static final String ISRAEL_AGREEMENT = VND.ID_BASE
            + "agreement/000-18e04e0ee17e3dbf-agr-fta-viet-nam-israel";
    private static final String US_QUOTE = "hai bên thiết lập quan hệ Đối tác chiến lược toàn diện";
    private static final String MENTIONED = "PREFIX vnd: <" + VND.NS + "> SELECT (COUNT(*) AS ?n) WHERE {"
            + " { SELECT ?x (COUNT(DISTINCT ?m) AS ?c) WHERE {"
            + " VALUES ?k { vnd:Country vnd:Organization vnd:Locality } ?x a ?k . ?m vnd:mentionOf ?x } GROUP BY ?x }"
            + " FILTER(?c >= %d) }";

    @TempDir
    Path dir;

    @Test
    void partnerGraph_drawsFiltersAndShowsEvidence() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir.resolve("store"), Duration.ofSeconds(30),
                Optional.empty()); BrowserSession browser = new BrowserSession(dir.resolve("profile"))) {
            load(browser, fixture.base() + "/viz/");
            browser.screenshot("10-partner-graph");
            assertEquals(Long.parseLong(fixture.scalar(MENTIONED.formatted(1))), visibleNodeCount(browser));
            List<Map<String, Object>> edges = visibleEdges(browser);
            assertTrue(has(edges, US, "ComprehensiveStrategicPartnership"), edges.toString());
            assertTrue(has(edges, CN, "ComprehensiveStrategicCooperativePartnership"), edges.toString());
            assertTrue(edges.stream().anyMatch(e -> BIDEN.equals(e.get("id"))), "the 2023 visit is drawn");

            yearRange_2024_keepsTheLastingRelationsOnly(browser);
            nodeClick_showsTheQuote(browser);
            Map<String, Object> png = exportedPng(browser);
            assertEquals(png.get("view"), png.get("image"), "the PNG is the view on screen, at twice its size");

            Object before = browser.driver.executeScript("return JSON.stringify(window.kgViz.positions())");
            load(browser, fixture.base() + "/viz/");
            assertEquals(before, browser.driver.executeScript("return JSON.stringify(window.kgViz.positions())"),
                    "the layout is the same on every load");

            language_english_namesTheNodesInEnglish(browser);
            minimumMentions_leavesTheNodesSparqlCounts(browser, fixture);
            kindFilter_visitsUnticked_hidesTheVisits(browser);
            edgeClick_showsItsQuote(browser);
            search_hoaKy_selectsTheUnitedStatesAndLinksToResourcePages(browser, fixture);
        }
    }

    private static void yearRange_2024_keepsTheLastingRelationsOnly(BrowserSession browser) throws Exception {
        type(browser, "year-from", "2024");
        type(browser, "year-to", "2024");
        List<Map<String, Object>> in2024 = visibleEdges(browser);
        assertTrue(in2024.stream().filter(e -> List.of("visit", "event").contains(e.get("kind")))
                .allMatch(e -> ((Number) e.get("year")).intValue() == 2024), in2024.toString());
        assertFalse(in2024.stream().anyMatch(e -> BIDEN.equals(e.get("id"))), "the 2023 visit is hidden");
        assertTrue(in2024.stream().anyMatch(e -> "event".equals(e.get("kind"))), "the 2024 events stay");
        assertTrue(has(in2024, US, "ComprehensiveStrategicPartnership"), "set up in 2023, it holds in 2024");
        assertTrue(has(in2024, CN, "ComprehensiveStrategicCooperativePartnership"), in2024.toString());
        assertTrue(in2024.stream().anyMatch(e -> "agreement".equals(e.get("kind"))
                && ((Number) e.get("year")).intValue() == 2023), "the 2023 agreement holds in 2024");
        browser.screenshot("11-partner-graph-2024");
        String partnershipPanel = tapAndRead(browser, US_PARTNERSHIP);
        assertTrue(partnershipPanel.contains("(since 2023-09)"), partnershipPanel);
        type(browser, "year-from", "2023");
    }

    private static void nodeClick_showsTheQuote(BrowserSession browser) throws Exception {
        click(browser, "renderedPosition", US);
        String panel = browser.driver.findElement(By.id("panel")).getText();
        assertTrue(panel.contains(US_QUOTE), panel);
        browser.screenshot("12-united-states-clicked");
    }

    private static void language_english_namesTheNodesInEnglish(BrowserSession browser) throws Exception {
        assertEquals("Hoa Kỳ", browser.driver.executeScript("return window.kgViz.label(arguments[0])", US));
        new Select(browser.driver.findElement(By.id("language"))).selectByValue("en");
        assertEquals("United States", browser.driver.executeScript("return window.kgViz.label(arguments[0])", US));
        assertEquals("Vietnam", browser.driver.executeScript("return window.kgViz.label(arguments[0])", VN));
        browser.screenshot("13-english-names");
        new Select(browser.driver.findElement(By.id("language"))).selectByValue("vi");
        assertEquals("Hoa Kỳ", browser.driver.executeScript("return window.kgViz.label(arguments[0])", US));
    }

    private static void minimumMentions_leavesTheNodesSparqlCounts(BrowserSession browser, ServerFixture fixture)
            throws Exception {
        long all = visibleNodeCount(browser);
        type(browser, "min-mentions", "5");
        long expected = Long.parseLong(fixture.scalar(MENTIONED.formatted(5)));
        assertTrue(expected < all, expected + " of " + all);
        assertEquals(expected, visibleNodeCount(browser));
        browser.screenshot("14-mentioned-5-times");
        type(browser, "min-mentions", "0");
        assertEquals(all, visibleNodeCount(browser));
    }

    private static void kindFilter_visitsUnticked_hidesTheVisits(BrowserSession browser) throws Exception {
        List<Map<String, Object>> before = visibleEdges(browser);
        long visits = before.stream().filter(e -> "visit".equals(e.get("kind"))).count();
        assertTrue(visits > 0, before.toString());
        browser.driver.findElement(By.cssSelector("#kinds input[value=visit]")).click();
        List<Map<String, Object>> after = visibleEdges(browser);
        assertFalse(after.stream().anyMatch(e -> "visit".equals(e.get("kind"))), after.toString());
        assertEquals(before.size() - visits, after.size());
        browser.screenshot("15-without-visits");
    }

    /** A click on the middle of the Vietnam–Israel agreement (no node lies on it). */
    private static void edgeClick_showsItsQuote(BrowserSession browser) throws Exception {
        click(browser, "renderedMidpoint", ISRAEL_AGREEMENT);
        WebElement panel = browser.driver.findElement(By.id("panel"));
        assertEquals("Israel – Việt Nam", panel.findElement(By.tagName("h2")).getText());
        assertEquals("agreement (since 2023)", panel.findElement(By.cssSelector(".relation p")).getText());
        assertEquals(List.of("năm 2023, Việt Nam đã ký hiệp định thương mại tự do (FTA) với Israel\n"
                + "000_18e04e0ee17e3dbf.txt"), panel.findElements(By.tagName("blockquote")).stream()
                .map(WebElement::getText).toList());
        browser.screenshot("16-agreement-clicked");
    }

    private static void search_hoaKy_selectsTheUnitedStatesAndLinksToResourcePages(BrowserSession browser,
            ServerFixture fixture) throws Exception {
        WebElement find = browser.driver.findElement(By.id("find"));
        find.sendKeys("hoa ky", Keys.ENTER);
        assertEquals(List.of(US), browser.driver.executeScript("return window.kgViz.selected()"));
        WebElement panel = browser.driver.findElement(By.id("panel"));
        assertEquals("Hoa Kỳ", panel.findElement(By.tagName("h2")).getText());
        List<String> hrefs = panel.findElements(By.tagName("a")).stream().map(a -> a.getDomAttribute("href"))
                .toList();
        assertEquals("/id/country/us", hrefs.get(0));
        assertTrue(hrefs.contains("/id/partnership/002-854a89eabb678019-partnership-vn-us-csp-2023-09"),
                hrefs.toString());
        assertTrue(hrefs.contains("/id/article/002-854a89eabb678019"), hrefs.toString());
        for (String href : hrefs) {
            assertTrue(href.startsWith("/id/"), href);
            assertEquals(200, fixture.get(href, "text/html").statusCode(), href);
        }
        browser.screenshot("17-search-hoa-ky");
    }

    private static void load(BrowserSession browser, String url) {
        browser.driver.get(url);
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                browser.driver.executeScript("return window.kgViz && window.kgViz.isReady()")));
    }

    /** Replaces the value of a number field as a person would, leaving the field. */
    private static void type(BrowserSession browser, String id, String value) {
        browser.driver.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    /** A real mouse click at a point of an element: {@code renderedPosition} or {@code renderedMidpoint}. */
    @SuppressWarnings("unchecked")
    private static void click(BrowserSession browser, String point, String id) {
        Map<String, Object> at = (Map<String, Object>) browser.driver.executeScript(
                "var p = window.kgViz." + point + "(arguments[0]); return {x: p.x, y: p.y};", id);
        WebElement canvas = browser.driver.findElement(By.id("cy"));
        int x = ((Number) at.get("x")).intValue() - canvas.getSize().getWidth() / 2;
        int y = ((Number) at.get("y")).intValue() - canvas.getSize().getHeight() / 2;
        new Actions(browser.driver).moveToElement(canvas, x, y).click().perform();
    }

    private static long visibleNodeCount(BrowserSession browser) {
        return ((Number) browser.driver.executeScript("return window.kgViz.visibleNodeCount()")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> visibleEdges(BrowserSession browser) {
        return (List<Map<String, Object>>) browser.driver.executeScript("return window.kgViz.visibleEdges()");
    }

    /**
     * Clicks "Export PNG" with the download caught; returns the image's size ({@code image}: [width, height]) and
     * twice the size of the graph's view on screen ({@code view}). (The whole graph would be another size.)
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> exportedPng(BrowserSession browser) {
        return (Map<String, Object>) browser.driver.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var create = URL.createObjectURL, click = HTMLAnchorElement.prototype.click, blob = null;
                URL.createObjectURL = function (b) { blob = b; return create.call(URL, b); };
                HTMLAnchorElement.prototype.click = function () { };
                document.getElementById('export').click();
                URL.createObjectURL = create;
                HTMLAnchorElement.prototype.click = click;
                var view = document.getElementById('cy').getBoundingClientRect();
                createImageBitmap(blob).then(function (image) {
                  done({ image: [image.width, image.height],
                    view: [Math.floor(view.width * 2), Math.floor(view.height * 2)] });
                });""");
    }

    /** Taps an element as a click would, and returns the side panel's text. */
    private static String tapAndRead(BrowserSession browser, String id) {
        browser.driver.executeScript("window.kgViz.tap(arguments[0])", id);
        return browser.driver.findElement(By.id("panel")).getText();
    }

    private static boolean has(List<Map<String, Object>> edges, String partner, String level) {
        return edges.stream().anyMatch(e -> "partnership".equals(e.get("kind")) && level.equals(e.get("level"))
                && List.of(e.get("source"), e.get("target")).containsAll(List.of(VN, partner)));
    }
}
