package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.SignIn;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * Signing in to the web application in a real Chromium: the session cookie and its flags, the CSRF token every
 * write needs, logging out, a lost session that leads to the login page and back, and refusals in Swedish.
 */
class WebSignInIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("web-sign-in");

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json",
            "Accept", "application/json", "X-Requested-With", "fetch");
    private static final String PLAN = "{\"coordinatorRole\":\"Samordnare\",\"activities\":[]}";

    private final Browser browser = PLATFORM.browser();

    @Test
    void theLoginFormSignsInAndTheMenuShowsWhoIsSignedIn() {
        SignIn.as(browser, "editor-alvsjo", "editor");

        assertEquals("/", browser.currentPath());
        assertTrue(browser.text().contains("Inloggad: editor-alvsjo"), browser.text());
        assertTrue(browser.text().contains("Älvsjö stadsdelsnämnd"), "the editor's committee is in the menu");
        assertFalse(browser.text().contains("Samordnare\n"), "no coordinator pages in an editor's menu");
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndOnTheWholeSite() {
        SignIn.as(browser, "editor-alvsjo", "editor");

        Cookie session = browser.cookie("VBE_SESSION");
        assertTrue(session.isHttpOnly(), "HttpOnly");
        assertEquals("Strict", session.getSameSite());
        assertEquals("/", session.getPath());
        assertFalse(session.isSecure(), "no Secure flag over plain HTTP (it is set under HTTPS)");
        assertFalse(String.valueOf(browser.driver().executeScript("return document.cookie")).contains("VBE_SESSION"),
                "the page's scripts cannot read the session");
    }

    @Test
    void aStateChangingRequestWithTheCookieButWithoutTheCsrfTokenIsRefused() {
        SignIn.as(browser, "editor-alvsjo", "editor");

        Browser.PageResponse refused = browser.fetchFromPage("PUT", "/api/committees/alvsjo/plans/2029", PLAN, JSON);

        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused.headers().toString());
        assertTrue(refused.body().contains("CSRF"), refused.body());
        assertEquals(404, PLATFORM.http().get("/api/committees/alvsjo/plans/2029", "editor-alvsjo", "editor").statusCode(),
                "nothing was written");
    }

    @Test
    void aWrongPasswordIsExplainedOnTheFormWithoutTheBrowsersOwnDialog() {
        SignIn.signedOut(browser);
        browser.open("/logga-in");

        SignIn.fillLoginForm(browser, "editor-alvsjo", "fel-lösenord");

        assertEquals("/logga-in", browser.currentPath());
        assertTrue(browser.text().contains("Fel användarnamn eller lösenord."), browser.text());
        browser.checkEveryWidth("logga-in-fel");
        SignIn.submit(browser);
        assertTrue(browser.text().contains("Skriv ditt lösenord."), "an empty password is caught on the form");
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        SignIn.as(browser, "editor-alvsjo", "editor");
        String cookie = "VBE_SESSION=" + browser.cookie("VBE_SESSION").getValue();

        browser.click("Logga ut");

        assertTrue(browser.text().contains("Du är utloggad."), browser.text());
        assertFalse(browser.hasCookie("VBE_SESSION"), "the cookie is cleared");
        HttpResponse<String> me = PLATFORM.http().send(PLATFORM.http().request("/api/me").header("Cookie", cookie).GET());
        assertEquals(401, me.statusCode(), "the old session no longer signs anyone in: " + me.body());
    }

    @Test
    void aLostSessionLeadsToTheLoginPageAndBackToWhereTheUserWas() {
        SignIn.signedOut(browser);
        browser.open("/namnd/alvsjo/kontroll");
        assertTrue(browser.currentPath().startsWith("/logga-in?till=%2Fnamnd%2Falvsjo%2Fkontroll"), browser.currentPath());
        SignIn.fillLoginForm(browser, "editor-alvsjo", "editor");
        assertEquals("/namnd/alvsjo/kontroll", browser.currentPath());

        String cookie = "VBE_SESSION=" + browser.cookie("VBE_SESSION").getValue();
        String token = PLATFORM.http().send(PLATFORM.http().request("/api/session").header("Cookie", cookie).GET())
                .body().replaceAll(".*\"csrfToken\":\"([^\"]+)\".*", "$1");
        assertEquals(204, PLATFORM.http().send(PLATFORM.http().request("/api/session").header("Cookie", cookie)
                .header("X-CSRF-Token", token).DELETE()).statusCode(), "the session ends elsewhere");
        browser.fill("Organisationens namn", "Föreningen Exempel");
        browser.fill("Organisationsnummer", "802000-0009");
        browser.fill("Syfte", "Läxhjälp för unga");
        browser.fill("Belopp (kronor)", "5000");
        browser.click("Pröva ansökan");

        assertTrue(browser.currentPath().startsWith("/logga-in?"), browser.currentPath());
        assertTrue(browser.text().contains("Din inloggning har gått ut."), browser.text());
        SignIn.fillLoginForm(browser, "editor-alvsjo", "editor");
        assertEquals("/namnd/alvsjo/kontroll", browser.currentPath());
    }
}
