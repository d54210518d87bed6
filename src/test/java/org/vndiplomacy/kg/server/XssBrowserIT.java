package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vndiplomacy.kg.vocab.VND;

/**
 * In a real headless Chromium, the XSS payloads of {@code xss/payloads.txt} (each calls {@code xss(N)}) placed in
 * the labels ({@code rdfs:label} @vi and @en, {@code skos:altLabel}) and quotes ({@code oa:exact}) of a test store,
 * in ontology labels, in a search, and one in an {@code owl:sameAs} IRI, never run: not on the resource and fact
 * pages, the article page, the search results, the landing page, the ontology page, the partner page's panel (in
 * both languages) or the query UI's results. A hook installed before any page script records every call of
 * {@code xss}, {@code alert}, {@code confirm} and {@code prompt}, and every Content-Security-Policy violation. The
 * pages are visited twice: as served, where no violation may happen either (a blocked inline handler would be
 * one), and with the policy bypassed, so that the escaping alone is shown to hold. Every page's DOM is searched for
 * elements and attributes a payload could have made (event handlers, {@code javascript:} URLs, scripts, frames).
 */
class XssBrowserIT {

    private static final String XSSTEST = XssPayloads.XSSTEST;
    private static final String HOOK = """
            (function () {
              function record(kind, what) {
                var top; try { top = window.top; top.__probe = 1; } catch (e) { top = window; }
                (top[kind] = top[kind] || []).push(String(what));
              }
              window.xss = function (n) { record('__xss', n); };
              window.alert = window.confirm = window.prompt = function (m) { record('__xss', 'dialog ' + m); };
              document.addEventListener('securitypolicyviolation', function (e) {
                record('__csp', e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '') + ' at '
                  + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber + ' ' + (e.target && e.target.outerHTML
                  ? e.target.outerHTML.substring(0, 200) : String(e.target)));
              });
            })();""";
    /** Elements and attributes that a payload could have made; the page's own scripts come from /assets/. */
    private static final String DOM_CHECK = """
            var own = arguments[0];
            var tags = ['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'BASE', 'SVG', 'MATH', 'STYLE', 'IMG',
              'DETAILS', 'VIDEO', 'AUDIO', 'TEMPLATE', 'NOSCRIPT', 'MGLYPH', 'BODY'];
            var texts = ['title', 'value', 'lang', 'class', 'id', 'aria-label', 'placeholder', 'alt'];
            var bad = [];
            document.querySelectorAll('*').forEach(function (el) {
              var tag = el.tagName.toUpperCase();
              var ownScript = tag === 'SCRIPT' && el.src && el.src.indexOf(location.origin + '/') === 0;
              if (own && tags.indexOf(tag) >= 0 && !ownScript && !(tag === 'BODY' && el === document.body)) {
                bad.push('element ' + tag + ': ' + el.outerHTML.substring(0, 120));
              }
              for (var i = 0; i < el.attributes.length; i++) {
                var name = el.attributes[i].name.toLowerCase();
                var value = el.attributes[i].value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                if (name.indexOf('on') === 0) { bad.push(tag + ' ' + name); }
                if ((own ? /^(javascript|vbscript|data):/ : /^(javascript|vbscript):/).test(value)
                    && texts.indexOf(name) < 0) {
                  bad.push(tag + ' ' + name + '=' + value);
                }
                if (value.indexOf('xss(') >= 0 && texts.indexOf(name) < 0) { bad.push(tag + ' ' + name + '=' + value); }
              }
            });
            return bad;""";

    /** The style sheet Cytoscape adds to the partner page, as the DOM check reports it. */
    private static final String CYTOSCAPE_STYLE = "element STYLE: <style id=\"__________cytoscape_stylesheet\">"
            + ".__________cytoscape_container { position: relative; }</style>";

    @TempDir
    static Path dir;
    static ServerFixture fixture;
    static BrowserSession browser;
    static List<String> payloads;

    @BeforeAll
    static void start() throws Exception {
        XssPayloads corpus = XssPayloads.read();
        payloads = corpus.payloads();
        assertTrue(payloads.size() >= 15, "the corpus has " + payloads.size() + " payloads");
        fixture = new ServerFixture(dir.resolve("store"), Duration.ofSeconds(30), Optional.of(ServerFixture.PASSWORD));
        HttpResponse<String> insert = fixture.postForm("/kg/update", "update", corpus.update(), null,
                ServerFixture.PASSWORD);
        assertEquals(200, insert.statusCode(), insert.body());
        browser = new BrowserSession(dir.resolve("profile"));
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        fixture.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void payloads_neverRun_withThePolicyAndWithoutIt() throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (boolean bypass : new boolean[] {false, true}) {
            browser.driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", bypass));
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                String p = payloads.get(i);
                visit("/id/country/" + XssPayloads.key(i), bypass, problems);
                shown(p + " " + XSSTEST, text("h1"), "the name", problems);
                shown(p, text("main"), "the other name and the quote", problems);
                visit("/id/agreement/" + XssPayloads.key(i), bypass, problems);
                shown(p, text("blockquote"), "the quote", problems);
                visit("/search?format=html&q=" + URLEncoder.encode(p, StandardCharsets.UTF_8), bypass, problems);
                shown("Search: " + p, text("h1"), "the search", problems);
            }
            visit("/id/article/001-fd340b40d8971c87", bypass, problems);
            List<Object> titles = (List<Object>) browser.driver.executeScript("return Array.from(document"
                    + ".querySelectorAll('.article-text a[title]')).map(function (a) { return a.title; })");
            for (String p : payloads) {
                if (!titles.contains(p + " " + XSSTEST)) {
                    problems.add("the article's link to " + p + " is not titled with its name");
                }
            }
            visit("/search?format=html&limit=100&q=" + XSSTEST, bypass, problems);
            for (String p : payloads) {
                shown(p + " " + XSSTEST, text("ol.results"), "the search results", problems);
            }
            visit("/about", bypass, problems);
            visit("/ontology", bypass, problems);
            shown(payloads.get(0), text("main"), "the ontology's labels", problems);
            partnerPanel(bypass, problems);
            browser.screenshot(bypass ? "21-xss-partner-panel-no-policy" : "20-xss-partner-panel");
            queryUi(bypass, problems);
            found.put(bypass ? "with the policy bypassed" : "as served", problems);
        }
        assertEquals(Map.of("as served", List.of(), "with the policy bypassed", List.of()), found);
    }

    /** The partner page: every payload's country tapped, its panel shown, in Vietnamese then in English. */
    private static void partnerPanel(boolean bypass, List<String> problems) throws Exception {
        browser.driver.get(fixture.base() + "/viz/");
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                browser.driver.executeScript("return window.kgViz && window.kgViz.isReady()")));
        for (String language : List.of("vi", "en")) {
            new Select(browser.driver.findElement(By.id("language"))).selectByValue(language);
            for (int i = 0; i < payloads.size(); i++) {
                String country = VND.ID_BASE + "country/" + XssPayloads.key(i);
                browser.driver.executeScript("window.kgViz.tap(arguments[0])", country);
                shown(payloads.get(i) + " " + XSSTEST, text("#panel h2"), "the panel's name", problems);
                shown(payloads.get(i), text("#panel"), "the panel's quote", problems);
                check("/viz/ " + language + " " + XssPayloads.key(i), true, bypass, problems);
            }
        }
    }

    /** The query UI runs a query whose answers are the payloads, and shows them in its results table. */
    private static void queryUi(boolean bypass, List<String> problems) throws Exception {
        String query = "SELECT ?name WHERE { ?c <" + RDFS.label.getURI() + "> ?name FILTER(LANG(?name) = \"en\" && "
                + "CONTAINS(?name, \"" + XSSTEST + "\")) }";
        browser.driver.get(fixture.base() + "/#/dataset/kg/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector(".yasqe_queryButton")).isEmpty());
        browser.driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
        try {
            wait.until(d -> d.findElements(By.cssSelector(".yasr table td")).size() >= payloads.size());
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot(bypass ? "23-xss-query-ui-no-policy-failed" : "22-xss-query-ui-failed");
            throw new AssertionError("the query UI showed no table of answers; its results panel says: "
                    + browser.driver.findElements(By.cssSelector(".yasr")).stream()
                            .map(panel -> panel.getAttribute("textContent").strip()).findFirst().orElse("(no panel)"), e);
        }
        String results = text(".yasr");
        for (String p : payloads) {
            // the UI's results table (YASR) drops double braces: {{x}} shows as x; nothing runs
            shown(p.replace("{{", "").replace("}}", ""), results, "the query UI's answer", problems);
        }
        browser.screenshot(bypass ? "23-xss-query-ui-no-policy" : "22-xss-query-ui");
        check("query UI", false, bypass, problems);
    }

    private static void visit(String path, boolean bypass, List<String> problems) throws Exception {
        browser.driver.get(fixture.base() + path);
        check(path, true, bypass, problems);
    }

    /**
     * Waits for the page's late events (an image's error comes after the load), then gathers what ran and what the
     * DOM holds; dialogs would also show here. Expected, and let through: on the partner page, Cytoscape's own
     * one-rule style sheet, which the policy blocks (viz.css has the rule); on the query UI's page, which is not
     * held to the tag rule (it has SVG icons), its fetch of prefixes from prefix.cc, and the handler attributes
     * that DOMPurify meets when it parses each answer in an inert document to sanitise it (nothing can run there,
     * as the pass without the policy shows).
     */
    @SuppressWarnings("unchecked")
    private static void check(String page, boolean own, boolean bypass, List<String> problems) throws Exception {
        browser.driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(function () { setTimeout(done, 100); });");
        try {
            problems.add(page + ": a dialog opened: " + browser.driver.switchTo().alert().getText());
        } catch (NoAlertPresentException e) {
            // none, as it should be
        }
        for (String ran : (List<String>) browser.driver.executeScript("return window.__xss || []")) {
            problems.add(page + ": ran " + ran);
        }
        for (String violation : (List<String>) browser.driver.executeScript("return window.__csp || []")) {
            boolean expected = page.startsWith("/viz/") && violation.startsWith("style-src-elem inline ")
                    && violation.contains("/assets/lib/cytoscape.min.js:")
                    || !own && violation.startsWith("connect-src http://prefix.cc/")
                    || !own && violation.startsWith("script-src-attr inline ") && violation.contains("/static/Query-");
            if (!expected) {
                problems.add(page + ": policy violation " + violation);
            }
        }
        for (String made : (List<String>) browser.driver.executeScript(DOM_CHECK, own)) {
            if (!(page.startsWith("/viz/") && made.equals(CYTOSCAPE_STYLE))) {
                problems.add(page + ": " + made);
            }
        }
    }

    /** Records a problem unless the text holds the payload as text (the whole text when it is a name). */
    private static void shown(String expected, String text, String what, List<String> problems) {
        boolean name = what.endsWith("name") || what.equals("the search");
        if (name ? !text.equals(expected) : !text.contains(expected)) {
            problems.add(browser.driver.getCurrentUrl().replace(fixture.base(), "") + ": " + what + " is not shown "
                    + "as text: " + expected);
        }
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getAttribute("textContent").strip();
    }
}
