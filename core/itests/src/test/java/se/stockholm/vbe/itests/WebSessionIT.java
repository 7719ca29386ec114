package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web application's sign-in over real HTTP: a session in a cookie, a CSRF token for every write made with it,
 * and HTTP Basic unchanged beside it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WebSessionIT extends VbeKarafTestSupport {

    private static final String SESSION = "/api/session";
    private static final Pattern ISSUED =
            Pattern.compile("VBE_SESSION=([A-Za-z0-9_-]{43}); Path=/; HttpOnly; SameSite=Strict");
    private static final String CLEARED = "VBE_SESSION=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict";
    private static final String PREMISES = "/api/admin/committees/alvsjo/features/premises-rental-check";
    private static final String REST_PID = "se.stockholm.vbe.rest";

    @Inject
    private ConfigurationAdmin configurations;

    /** A signed-in browser: its cookie's session id and its CSRF token. */
    private record Browser(String id, String csrfToken) {
    }

    @Test
    public void signingInGivesTheUserTheirRolesATokenAndAStrictHttpOnlyCookie() throws Exception {
        HttpResponse<String> signedIn = signIn("editor-alvsjo", "editor");

        assertEquals(signedIn.body(), 201, signedIn.statusCode());
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        System.out.println("Sign-in response: " + signedIn.body());
        System.out.println("Set-Cookie: " + cookie);
        assertTrue("exactly these flags, no Secure over plain http: " + cookie, ISSUED.matcher(cookie).matches());
        assertEquals("no-store", signedIn.headers().firstValue("Cache-Control").orElse(""));
        JsonNode body = json(signedIn);
        assertEquals("editor-alvsjo", body.get("user").asText());
        assertEquals("[\"editor.alvsjo\",\"reporter\"]", body.get("roles").toString());
        assertEquals(1800, body.get("idleTimeoutSeconds").asInt());
        assertEquals(4, body.size());
        Browser browser = browser(signedIn);
        assertEquals(43, browser.csrfToken().length());
        assertNotEquals(browser.id(), browser.csrfToken());

        HttpResponse<String> me = withCookie(browser, "GET", "/api/me", null);
        assertEquals(me.body(), 200, me.statusCode());
        assertEquals("editor-alvsjo", json(me).get("user").asText());
        HttpResponse<String> again = withCookie(browser, "GET", SESSION, null);
        assertEquals(again.body(), 200, again.statusCode());
        assertEquals("a reloaded page recovers its token", body, json(again));
        String anonymousTag = http.get("/api/plans/2019").headers().firstValue("ETag").orElseThrow();
        assertEquals("a tag of the public's view is no 304 for a signed-in browser", 200,
                withCookie(browser, "GET", "/api/plans/2019", null, "If-None-Match", anonymousTag).statusCode());
    }

    @Test
    public void everySignInIsANewSessionAndTheOneBeforeEnds() throws Exception {
        Browser first = browser(signIn("lasare", "lasare"));
        HttpResponse<String> second = http.call("POST", SESSION, credentials("lasare", "lasare"), null, null,
                "Cookie", "VBE_SESSION=" + first.id(), "X-Requested-With", "fetch");

        assertEquals(second.body(), 201, second.statusCode());
        Browser renewed = browser(second);
        assertNotEquals(first.id(), renewed.id());
        assertEquals(401, withCookie(first, "GET", "/api/me", null).statusCode());
        assertEquals(200, withCookie(renewed, "GET", "/api/me", null).statusCode());
    }

    @Test
    public void aWriteWithTheCookieButWithoutTheTokenIsRefusedBeforeItsBodyIsReadAndNothingIsWritten()
            throws Exception {
        Browser coordinator = browser(signIn("samordnare", "samordnare"));
        String off = "{\"enabled\": false}";

        assertCsrfRefused(withCookie(coordinator, "PUT", PREMISES, off));
        assertCsrfRefused(withCookie(coordinator, "PUT", PREMISES, off, "X-CSRF-Token", "gissning"));
        assertCsrfRefused(withCookie(coordinator, "PUT", PREMISES, "{not json"));
        assertTrue("still on", enabledFeatures().contains("premises-rental-check"));
        Browser editor = browser(signIn("editor-rinkeby-kista", "editor"));
        String plan = "/api/committees/rinkeby-kista/plans/2061";
        assertCsrfRefused(withCookie(editor, "PUT", plan, PlansIT.plan(1)));
        assertEquals("no plan was created", 404, as("samordnare", "GET", plan, null).statusCode());

        HttpResponse<String> switched = withCookie(coordinator, "PUT", PREMISES, off,
                "X-CSRF-Token", coordinator.csrfToken());
        assertEquals(switched.body(), 200, switched.statusCode());
        assertEquals("samordnare", json(switched).get("changedBy").asText());
        assertFalse(enabledFeatures().contains("premises-rental-check"));
        HttpResponse<String> created = withCookie(editor, "PUT", plan, PlansIT.plan(1),
                "X-CSRF-Token", editor.csrfToken());
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals(200, withCookie(coordinator, "PUT", PREMISES, "{\"enabled\": true}",
                "X-CSRF-Token", coordinator.csrfToken()).statusCode());
    }

    @Test
    public void signingOutEndsTheSessionAndTheSameCookieThenGets401AndIsClearedEverywhere() throws Exception {
        Browser browser = browser(signIn("editor-hasselby-vallingby", "editor"));
        assertCsrfRefused(withCookie(browser, "DELETE", SESSION, null));

        HttpResponse<String> out = withCookie(browser, "DELETE", SESSION, null, "X-CSRF-Token", browser.csrfToken());

        assertEquals(out.body(), 204, out.statusCode());
        assertEquals(CLEARED, out.headers().firstValue("Set-Cookie").orElse(""));
        for (String path : List.of("/api/me", SESSION, "/api/committees", "/api/plans/2020")) {
            HttpResponse<String> ended = withCookie(browser, "GET", path, null);
            assertProblem(ended, 401, "the session has ended; sign in again");
            assertEquals(path, CLEARED, ended.headers().firstValue("Set-Cookie").orElse(""));
            assertFalse(path + " has no Basic challenge", ended.headers().firstValue("WWW-Authenticate").isPresent());
        }
        HttpResponse<String> outAgain = withCookie(browser, "DELETE", SESSION, null);
        assertEquals("signing out is idempotent", 204, outAgain.statusCode());
        assertEquals(CLEARED, outAgain.headers().firstValue("Set-Cookie").orElse(""));
        assertProblem(withCookie(new Browser("hittepa", ""), "GET", "/api/committees", null), 401,
                "the session has ended");
        HttpResponse<String> withoutCookie = http.call("GET", SESSION, null, null, null, "X-Requested-With", "fetch");
        assertEquals(401, withoutCookie.statusCode());
        assertFalse(withoutCookie.headers().firstValue("WWW-Authenticate").isPresent());
        HttpResponse<String> signedInAgain = http.call("POST", SESSION, credentials("editor-hasselby-vallingby",
                "editor"), null, null, "Cookie", "VBE_SESSION=" + browser.id());
        assertEquals("a dead cookie does not stand in the way of signing in", 201, signedInAgain.statusCode());
    }

    @Test
    public void aWrongPasswordIs401WithoutABasicChallengeAndAMissingFieldIs422NamingIt() throws Exception {
        HttpResponse<String> wrong = signIn("editor-alvsjo", "fel");

        assertProblem(wrong, 401, "wrong user name or password");
        assertFalse(wrong.headers().firstValue("WWW-Authenticate").isPresent());
        assertFalse(wrong.headers().firstValue("Set-Cookie").isPresent());
        assertProblem(http.call("POST", SESSION, "{\"user\": \"editor-alvsjo\"}", null, null), 422, "password");
        assertProblem(http.call("POST", SESSION, "{\"password\": \"editor\"}", null, null), 422, "user");
    }

    @Test
    public void theFormIsThrottledTogetherWithBasic() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, signIn("editor-idrottsnamnden", "gissning-" + i).statusCode());
        }

        HttpResponse<String> right = signIn("editor-idrottsnamnden", "editor");

        assertProblem(right, 429, "too many failed sign-ins");
        assertEquals("5", right.headers().firstValue("Retry-After").orElse(null));
        assertEquals("the same block for Basic", 429, as("editor-idrottsnamnden", "GET", "/api/me", null).statusCode());
        assertTrue(karafLog().contains("Sign-in failed for user 'editor-idrottsnamnden' from 127.0.0.1"));
        await("the block to end").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> signIn("editor-idrottsnamnden", "editor").statusCode() == 201);
    }

    @Test
    public void basicStillWorksAndA401ForAScriptHasNoChallenge() throws Exception {
        assertEquals(200, as("lasare", "GET", "/api/me", null).statusCode());
        HttpResponse<String> apiClient = http.get("/api/me");
        assertEquals(401, apiClient.statusCode());
        assertTrue(apiClient.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "));

        HttpResponse<String> script = http.call("GET", "/api/me", null, null, null, "X-Requested-With", "fetch");
        HttpResponse<String> wrongFromScript = http.call("GET", "/api/me", null, "lasare", "fel",
                "X-Requested-With", "fetch");

        assertProblem(script, 401, "signed-in user");
        assertFalse(script.headers().firstValue("WWW-Authenticate").isPresent());
        assertProblem(wrongFromScript, 401, "wrong user name or password");
        assertFalse(wrongFromScript.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals("Basic needs no CSRF token", 200,
                as("samordnare", "PUT", PREMISES, "{\"enabled\": true}").statusCode());
    }

    @Test
    public void aSessionLivesWhileItIsUsedAndEndsAfterTheIdleTimeout() throws Exception {
        Configuration rest = configurations.getConfiguration(REST_PID, "?");
        Dictionary<String, Object> before = rest.getProperties();
        try {
            reconfigureSessionIdleSeconds(rest, before, 3);
            Browser browser = browser(signIn("lasare", "lasare"));

            await("requests keep the session alive").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> withCookie(browser, "GET", "/api/me", null).statusCode() == 200);
            await("the session to end without requests").pollDelay(Duration.ofSeconds(4))
                    .atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(4))
                    .until(() -> withCookie(browser, "GET", "/api/me", null).statusCode() == 401);
        } finally {
            reconfigureSessionIdleSeconds(rest, before, 1800);
        }
    }

    /** Sets the idle timeout and waits until the API, started again with it, hands out such sessions. */
    private void reconfigureSessionIdleSeconds(Configuration rest, Dictionary<String, Object> before, int seconds)
            throws IOException {
        Dictionary<String, Object> changed = new Hashtable<>();
        if (before != null) {
            for (String key : Collections.list(before.keys())) {
                changed.put(key, before.get(key));
            }
        }
        changed.put("sessionIdleSeconds", seconds);
        rest.update(changed);
        await("the API with sessionIdleSeconds = " + seconds).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> json(signIn("lasare", "lasare")).get("idleTimeoutSeconds").asInt() == seconds);
    }

    private HttpResponse<String> signIn(String user, String password) {
        return http.call("POST", SESSION, credentials(user, password), null, null, "X-Requested-With", "fetch");
    }

    private static String credentials(String user, String password) {
        return "{\"user\": \"" + user + "\", \"password\": \"" + password + "\"}";
    }

    private static Browser browser(HttpResponse<String> signedIn) throws IOException {
        assertEquals(signedIn.body(), 201, signedIn.statusCode());
        Matcher cookie = ISSUED.matcher(signedIn.headers().firstValue("Set-Cookie").orElse(""));
        assertTrue(cookie.matches());
        return new Browser(cookie.group(1), json(signedIn).get("csrfToken").asText());
    }

    /** A call as the web application makes it: the cookie, {@code X-Requested-With}, no Authorization. */
    private HttpResponse<String> withCookie(Browser browser, String method, String path, String body,
            String... headers) {
        List<String> all = new ArrayList<>(List.of("Cookie", "VBE_SESSION=" + browser.id(),
                "X-Requested-With", "fetch"));
        all.addAll(List.of(headers));
        return http.call(method, path, body, null, null, all.toArray(String[]::new));
    }

    private List<String> enabledFeatures() throws IOException {
        List<String> enabled = new ArrayList<>();
        json(http.get("/api/committees/alvsjo")).get("features").forEach(id -> enabled.add(id.asText()));
        return enabled;
    }

    private static void assertCsrfRefused(HttpResponse<String> response) throws IOException {
        assertProblem(response, 403, "missing or wrong CSRF token (X-CSRF-Token)");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) throws IOException {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body(), json(response).get("detail").asText().contains(detail));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static String karafLog() {
        try {
            return Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
