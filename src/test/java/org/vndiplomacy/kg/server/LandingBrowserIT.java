package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real headless Chromium: the landing page, a search for "bui thanh son" typed without diacritics, the first
 * result followed to the resource page, and the evidence quote found there. Screenshots of each step are saved in
 * {@code target/screenshots/}.
 */
class LandingBrowserIT {

    @TempDir
    Path dir;

    @Test
    void landing_searchWithoutDiacritics_leadsToThePageWithTheEvidenceQuote() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir.resolve("store"), Duration.ofSeconds(30),
                Optional.empty()); BrowserSession browser = new BrowserSession(dir.resolve("profile"))) {
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
            browser.driver.get(fixture.base() + "/about");
            assertEquals("vn-diplomacy-kg: Vietnam's foreign affairs and economic diplomacy as linked data",
                    browser.driver.getTitle());
            browser.screenshot("01-landing");

            WebElement box = browser.driver.findElement(By.id("landing-search"));
            box.sendKeys("bui thanh son");
            box.submit();
            WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("ol.results li a")));
            assertEquals("Bùi Thanh Sơn", first.getText());
            browser.screenshot("02-search-results");

            first.click();
            wait.until(ExpectedConditions.titleContains("Bùi Thanh Sơn"));
            assertEquals(fixture.base() + "/id/official/bui-thanh-son", browser.driver.getCurrentUrl());
            String quotes = String.join("\n", browser.driver.findElements(By.tagName("blockquote")).stream()
                    .map(WebElement::getText).toList());
            assertTrue(quotes.contains("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn"), quotes);
            Path shot = browser.screenshot("03-resource-page");
            assertTrue(Files.size(shot) > 10_000, "the screenshot has content");
        }
    }
}
