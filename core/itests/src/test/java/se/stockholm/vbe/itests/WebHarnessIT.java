package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * The browser harness itself, against what the platform serves today and tiny pages of its own: Chromium
 * reaches the platform, requests from inside a page carry its origin, axe-core really runs, and screenshots
 * cover the whole page at both widths, where a page without a viewport tag is caught on the phone. Page tests
 * replace the tiny pages with the application's.
 */
class WebHarnessIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("web-harness");

    private static final String VIEWPORT = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
    private static final String IMAGE = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";

    private final Browser browser = PLATFORM.browser();

    @Test
    void theBrowserReadsHealthFromThePlatform() throws IOException {
        browser.openRaw("/api/health");

        JsonNode health = new ObjectMapper().readTree(browser.text());
        assertEquals("UP", health.get("status").asText(), browser.text());
    }

    @Test
    void aRequestFromThePageIsSameOriginAndBoundByThePagesContentSecurityPolicy() {
        browser.openRaw("/api/health");
        browser.driver().manage().addCookie(new Cookie.Builder("prov", "1").sameSite("Strict").build());
        Map<String, String> json = Map.of("Accept", "application/json");

        assertEquals(0, browser.fetchFromPage("GET", "/api/health", null, json).status(),
                "the API's own answers (default-src 'none') let no script of theirs connect anywhere");
        Browser.PageResponse health = withoutContentSecurityPolicy(
                () -> browser.fetchFromPage("GET", "/api/health", null, json));

        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        assertTrue(health.header("Content-Type").startsWith("application/json"), health.headers().toString());
        Cookie cookie = browser.cookie("prov");
        assertEquals("Strict", cookie.getSameSite());
        assertFalse(cookie.isHttpOnly());
        assertFalse(cookie.isSecure());
    }

    @Test
    void axeReportsAnImageWithoutAlternativeTextAndNothingElse() {
        browser.openRaw(page("<main><h1>Bild</h1><img src=\"" + IMAGE + "\"></main>"));

        List<Browser.Violation> violations = browser.accessibilityViolations();

        assertEquals(List.of("image-alt"), violations.stream().map(Browser.Violation::rule).toList(),
                violations.toString());
        assertTrue(violations.get(0).nodes().get(0).contains("<img"), violations.toString());
        AssertionError failure = assertThrows(AssertionError.class,
                browser::assertAccessible);
        assertTrue(failure.getMessage().contains("image-alt (critical)"), failure.getMessage());
    }

    @Test
    void aCleanPageIsAccessibleAndPhotographedWholeAtEveryWidth() throws IOException {
        browser.open(page("<main><h1>Prov</h1><img src=\"" + IMAGE + "\" alt=\"Stockholms stad\">"
                + "<p style=\"min-height: 1500px\">En lång sida.</p></main>"));

        browser.checkEveryWidth("web-harness-clean");

        for (int width : List.of(Browser.DESKTOP, Browser.PHONE)) {
            Path png = Path.of("target/screenshots/web-harness-clean-" + width + ".png");
            byte[] bytes = Files.readAllBytes(png);
            assertEquals(width, ByteBuffer.wrap(bytes, 16, 4).getInt(), png + " width");
            assertTrue(ByteBuffer.wrap(bytes, 20, 4).getInt() > 1500, png + " covers the page below the viewport");
        }
    }

    @Test
    void aPageWithoutAViewportTagIsLaidOutTooWideOnAPhone() {
        browser.open(document("", "<main><h1>Prov</h1></main>"));

        AssertionError failure = assertThrows(AssertionError.class,
                () -> browser.checkEveryWidth("web-harness-no-viewport"));

        assertTrue(failure.getMessage().contains("980 px wide on a 390 px screen"), failure.getMessage());
    }

    @Test
    void aFieldIsFoundByItsLabelAndAClickWaitsUntilThePageIsReadyAgain() {
        browser.open(page("<main><h1>Formulär</h1><label for=\"namn\">Föreningens namn</label><input id=\"namn\">"
                + "<button type=\"button\" onclick=\"setTimeout(() => {document.getElementById('svar').textContent"
                + " = 'Hej ' + document.getElementById('namn').value; document.documentElement.dataset.ready"
                + " = 'true';}, 300)\">Skicka</button><p id=\"svar\"></p></main>"));

        browser.fill("Föreningens namn", "Rinkeby IF");
        browser.click("Skicka");

        assertTrue(browser.text().contains("Hej Rinkeby IF"), browser.text());
    }

    /**
     * Until the application's pages (which allow connect-src 'self') exist, the only same-origin documents are the
     * API's, whose policy forbids fetch: lift it for this page only, through the DevTools protocol.
     */
    private <T> T withoutContentSecurityPolicy(Supplier<T> request) {
        browser.driver().executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
        try {
            browser.driver().navigate().refresh();
            return request.get();
        } finally {
            browser.driver().executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
        }
    }

    /** A Swedish page that has rendered as the application's will: {@code <html lang="sv" data-ready="true">}. */
    private static String page(String body) {
        return document(VIEWPORT, body);
    }

    private static String document(String viewport, String body) {
        String html = "<!doctype html><html lang=\"sv\" data-ready=\"true\"><head><meta charset=\"utf-8\">"
                + viewport + "<title>Prov</title></head><body>" + body + "</body></html>";
        return "data:text/html;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
    }
}
