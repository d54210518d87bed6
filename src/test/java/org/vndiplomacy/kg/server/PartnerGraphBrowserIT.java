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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The partner-relations page in a real headless Chromium: the graph drawn from the live endpoint has as many nodes
 * as SPARQL counts, the Vietnam–United States and Vietnam–China partnerships with their levels; choosing the year
 * 2024 hides the visits and events of 2023 and keeps the partnerships and agreements made before, which still hold;
 * clicking the United States shows the partnership's evidence quote. Screenshots
 * go to {@code target/screenshots/}.
 */
class PartnerGraphBrowserIT {

    private static final String VN = VND.ID_BASE + "country/vn";
    private static final String US = VND.ID_BASE + "country/us";
    private static final String CN = VND.ID_BASE + "country/cn";
    private static final String BIDEN = VND.ID_BASE + "visit/002-854a89eabb678019-visit-joe-biden-2023-09";
    private static final String US_PARTNERSHIP = VND.ID_BASE
            + "partnership/002-854a89eabb678019-partnership-vn-us-csp-2023-09";

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void partnerGraph_drawsFiltersAndShowsEvidence() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir.resolve("store"), Duration.ofSeconds(30),
                Optional.empty()); BrowserSession browser = new BrowserSession(dir.resolve("profile"))) {
            String expected = fixture.scalar("PREFIX vnd: <" + VND.NS + "> SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {"
                    + " VALUES ?k { vnd:Country vnd:Organization vnd:Locality } ?x a ?k . ?m vnd:mentionOf ?x }");
            browser.driver.get(fixture.base() + "/viz/");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                    browser.driver.executeScript("return window.kgViz && window.kgViz.isReady()")));
            browser.screenshot("10-partner-graph");

            assertEquals(Long.parseLong(expected),
                    ((Number) browser.driver.executeScript("return window.kgViz.visibleNodeCount()")).longValue());
            List<Map<String, Object>> edges = (List<Map<String, Object>>) browser.driver.executeScript(
                    "return window.kgViz.visibleEdges()");
            assertTrue(has(edges, US, "ComprehensiveStrategicPartnership"), edges.toString());
            assertTrue(has(edges, CN, "ComprehensiveStrategicCooperativePartnership"), edges.toString());
            assertTrue(edges.stream().anyMatch(e -> ((Number) e.get("year")).intValue() == 2023));

            assertTrue(edges.stream().anyMatch(e -> BIDEN.equals(e.get("id"))), "the 2023 visit is drawn");

            WebElement from = browser.driver.findElement(By.id("year-from"));
            WebElement to = browser.driver.findElement(By.id("year-to"));
            from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2024", Keys.TAB);
            to.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2024", Keys.TAB);
            List<Map<String, Object>> in2024 = (List<Map<String, Object>>) browser.driver.executeScript(
                    "return window.kgViz.visibleEdges()");
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

            from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2023", Keys.TAB);
            Map<String, Object> at = (Map<String, Object>) browser.driver.executeScript(
                    "var p = window.kgViz.renderedPosition(arguments[0]); return {x: p.x, y: p.y};", US);
            WebElement canvas = browser.driver.findElement(By.id("cy"));
            int x = ((Number) at.get("x")).intValue() - canvas.getSize().getWidth() / 2;
            int y = ((Number) at.get("y")).intValue() - canvas.getSize().getHeight() / 2;
            new Actions(browser.driver).moveToElement(canvas, x, y).click().perform();
            String panel = browser.driver.findElement(By.id("panel")).getText();
            assertTrue(panel.contains("hai bên thiết lập quan hệ Đối tác chiến lược toàn diện"), panel);
            browser.screenshot("12-united-states-clicked");

            Map<String, Object> png = exportedPng(browser);
            assertEquals(png.get("view"), png.get("image"), "the PNG is the view on screen, at twice its size");

            Object before = browser.driver.executeScript("return JSON.stringify(window.kgViz.positions())");
            browser.driver.navigate().refresh();
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                    browser.driver.executeScript("return window.kgViz && window.kgViz.isReady()")));
            assertEquals(before, browser.driver.executeScript("return JSON.stringify(window.kgViz.positions())"),
                    "the layout is the same on every load");
        }
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
