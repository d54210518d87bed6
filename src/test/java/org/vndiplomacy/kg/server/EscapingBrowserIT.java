package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real headless Chromium: the partner page's side panel shows labels and quotes that carry markup (those of
 * {@link EscapingTest}) as text, in both languages: no element is made of them and no script runs (an alert would
 * stop the session). Screenshot: {@code target/screenshots/19-partner-panel-escaped.png}.
 */
class EscapingBrowserIT {

    @TempDir
    Path dir;

    @Test
    void partnerPanel_labelsAndQuotesWithMarkup_shownAsText() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir.resolve("store"), Duration.ofSeconds(30),
                Optional.of(ServerFixture.PASSWORD));
                BrowserSession browser = new BrowserSession(dir.resolve("profile"))) {
            EscapingTest.insertPayloads(fixture);
            browser.driver.get(fixture.base() + "/viz/");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                    browser.driver.executeScript("return window.kgViz && window.kgViz.isReady()")));

            browser.driver.executeScript("window.kgViz.tap(arguments[0])", EscapingTest.COUNTRY);
            WebElement panel = browser.driver.findElement(By.id("panel"));
            assertEquals(EscapingTest.SCRIPT + " xsstest", panel.findElement(By.tagName("h2")).getText());
            assertEquals(List.of(EscapingTest.SCRIPT + " " + EscapingTest.IMG + "\n001_fd340b40d8971c87.txt"),
                    panel.findElements(By.tagName("blockquote")).stream().map(WebElement::getText).toList());
            assertEquals(0L, browser.driver.executeScript(
                    "return document.querySelectorAll('#panel img, #panel script').length"));
            browser.screenshot("19-partner-panel-escaped");

            new Select(browser.driver.findElement(By.id("language"))).selectByValue("en");
            browser.driver.executeScript("window.kgViz.tap(arguments[0])", EscapingTest.COUNTRY);
            assertEquals(EscapingTest.IMG + " xsstest", browser.driver.findElement(By.cssSelector("#panel h2"))
                    .getText());
            assertEquals(0L, browser.driver.executeScript("return document.querySelectorAll('img').length"));
        }
    }
}
