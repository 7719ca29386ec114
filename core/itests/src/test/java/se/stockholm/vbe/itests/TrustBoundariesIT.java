package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.jdbc.DataSourceFactory;

import com.fasterxml.jackson.databind.JsonNode;

import se.stockholm.vbe.api.health.HealthService;
import se.stockholm.vbe.itests.committee.ExitingRule;
import se.stockholm.vbe.itests.committee.IdentityBorrower;
import se.stockholm.vbe.itests.committee.JdkSigning;
import se.stockholm.vbe.itests.committee.TestBundles;
import se.stockholm.vbe.itests.committee.ServiceSpy;
import se.stockholm.vbe.itests.committee.ThreadStarter;

/**
 * The trust boundaries, in the default distribution: what a hostile or broken committee bundle cannot do to
 * the others (take over another committee's id or rules, decide another committee's checks, starve the rules
 * of the city), and what a hostile client or a failing machine cannot do to the platform. Derby only: its
 * failing machine is an embedded Derby whose directory turns read-only (PostgresIT covers the server's failures).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrustBoundariesIT extends VbeKarafTestSupport {

    private static final Duration DEPLOYED = Duration.ofSeconds(20);
    private static final String HASSELBY = "se.stockholm.vbe.committee.hasselby-vallingby";
    private static final Duration GATE = Duration.ofSeconds(20);
    private static final String TRUST_PID = "se.stockholm.vbe.trust";
    private static final List<String> DEMO_USERS = List.of("samordnare", "lasare", "editor-rinkeby-kista",
            "editor-alvsjo", "editor-hasselby-vallingby", "editor-idrottsnamnden");
    private static final String GRANT_CHECKS = "/api/committees/alvsjo/grant-checks";
    private static final int SLOW_READERS = 70;
    private static final String PIN_PLAN = "/api/committees/rinkeby-kista/plans/2050";
    private static final String PIN_CHECKS = "/api/committees/alvsjo/grant-checks";

    @Inject
    private ConfigurationAdmin configurations;

    @Inject
    private HealthService health;

    @Inject
    @Filter("(osgi.jdbc.driver.name=derby)")
    private DataSourceFactory derby;

    private Path deploy;
    private final List<Bundle> gateBundles = new ArrayList<>();
    private Dictionary<String, Object> trustBefore;

    @Before
    public void locateDeploy() {
        deploy = Path.of(System.getProperty("karaf.base"), "deploy");
    }

    @After
    public void removeTheGateTestsBundlesAndSettings() throws Exception {
        for (Bundle bundle : gateBundles) {
            bundle.uninstall();
        }
        if (trustBefore != null) {
            configurations.getConfiguration(TRUST_PID, "?").update(trustBefore);
            await("the trust settings restored").atMost(GATE)
                    .until(() -> !http.get("/api/health").body().contains("trust settings changed"));
        }
        interruptLingeringThreads();
    }

    @Test
    public void aRuleCannotTakeOverAnotherCommitteesRuleWhileThatCommitteesBundleIsStopped() throws Exception {
        String religious = grant("802400-1235", true);
        String checks = "/api/committees/hasselby-vallingby/grant-checks";
        assertEquals("REJECT", json(as("editor-hasselby-vallingby", "POST", checks, religious)).get("decision").asText());
        Bundle hasselby = bundle(HASSELBY);
        Path impostor = deploy.resolve("impostor.jar");
        Path impostorRules = deploy.resolve("impostor-rules.jar");
        hasselby.stop();
        try {
            KarafShell.drop(impostor, TestBundles.committee("impostor-district", "1.0.0")
                    .rule("hasselby-vallingby.unaffiliated", "pass")
                    .rule("hasselby-vallingby.unaffiliated", "pass", "hasselby-vallingby").jar());
            KarafShell.drop(impostorRules, TestBundles.committee("hasselby-vallingby", "1.0.0").withoutCommittee()
                    .header("Bundle-SymbolicName", "se.stockholm.vbe.test.impostor.rules")
                    .rule("hasselby-vallingby.unaffiliated", "pass").jar());
            await("the impostors' three rules refused").atMost(DEPLOYED).until(() -> {
                String health = http.get("/api/health").body();
                return health.contains("must start with its committee's id impostor-district.")
                        && health.contains("its bundle declares committee impostor-district")
                        && health.contains("committee id hasselby-vallingby belongs to bundle " + HASSELBY);
            });

            JsonNode whileAway = json(as("editor-hasselby-vallingby", "POST", checks, religious));

            assertEquals(whileAway.toString(), "REVIEW", whileAway.get("decision").asText());
            assertTrue(reason(whileAway, "hasselby-vallingby.unaffiliated").get("message").asText()
                    .contains("inte tillgänglig"));
        } finally {
            hasselby.start();
        }
        await("Hässelby-Vällingby's own rule back").atMost(DEPLOYED).ignoreExceptions().until(() -> json(as(
                "editor-hasselby-vallingby", "POST", checks, religious)).get("decision").asText().equals("REJECT"));
        assertTrue(json(as("samordnare", "GET", "/api/admin/committees/hasselby-vallingby/features", null)).toString()
                .contains("\"id\":\"hasselby-vallingby.unaffiliated\""));
        assertFalse(json(as("samordnare", "GET", "/api/admin/committees/impostor-district/features", null)).toString()
                .contains("hasselby-vallingby."));
        Files.delete(impostor);
        Files.delete(impostorRules);
        await().atMost(DEPLOYED).until(() -> !http.get("/api/health").body().contains("impostor"));
    }

    @Test
    public void aCommitteeIdBelongsToItsFirstBundleOnlineStoppedOrGoneUntilTheCoordinatorTransfersIt() throws Exception {
        Path owner = deploy.resolve("owned-owner.jar");
        Path impostor = deploy.resolve("owned-impostor.jar");
        KarafShell.drop(owner, TestBundles.committee("owned-district", "1.0.0").jar());
        awaitCommittee("owned-district", "online", "true");
        Bundle ownerBundle = bundle("se.stockholm.vbe.test.owned.district");

        ownerBundle.stop();
        KarafShell.drop(impostor, TestBundles.committee("owned-district", "1.0.0").header("Bundle-SymbolicName",
                "se.stockholm.vbe.test.impostor").header("VBE-Test-Name", "Kapad nämnd").templates("kapad").jar());
        await("the impostor refused while the owner is stopped").atMost(DEPLOYED).until(() -> http.get("/api/health")
                .body().contains("committee id owned-district belongs to bundle se.stockholm.vbe.test.owned.district"));
        JsonNode whileStopped = json(http.get("/api/committees/owned-district"));
        assertFalse(whileStopped.get("online").asBoolean());
        assertEquals("Test owned-district", whileStopped.get("name").asText());
        assertEquals("[]", http.get("/api/committees/owned-district/catalogue").body());

        ownerBundle.start();
        awaitCommittee("owned-district", "online", "true");
        assertEquals("se.stockholm.vbe.test.owned.district", json(http.get("/api/committees/owned-district"))
                .get("bundle").asText());
        Files.delete(owner);
        awaitCommittee("owned-district", "online", "false");
        assertTrue(http.get("/api/health").body().contains("committee id owned-district belongs to bundle"));

        String transfer = "{\"bundle\": \"se.stockholm.vbe.test.impostor\"}";
        assertEquals(401, as(null, "PUT", "/api/admin/committees/owned-district/owner", transfer).statusCode());
        assertEquals(403, as("editor-alvsjo", "PUT", "/api/admin/committees/owned-district/owner", transfer)
                .statusCode());
        assertEquals(404, as("samordnare", "PUT", "/api/admin/committees/no-such/owner", transfer).statusCode());
        HttpResponse<String> transferred = as("samordnare", "PUT", "/api/admin/committees/owned-district/owner",
                transfer);
        assertEquals(transferred.body(), 200, transferred.statusCode());
        assertEquals("samordnare", json(transferred).get("assignedBy").asText());
        awaitCommittee("owned-district", "name", "Kapad nämnd");
        assertEquals("se.stockholm.vbe.test.impostor", json(as("samordnare", "GET",
                "/api/admin/committees/owned-district/owner", null)).get("bundle").asText());

        String output = KarafShell.execute(configurations,
                "vbe:committee-transfer owned-district se.stockholm.vbe.test.owned.district");
        assertTrue(output, output.contains("now belongs to bundle se.stockholm.vbe.test.owned.district"));
        awaitCommittee("owned-district", "online", "false");
        assertTrue(http.get("/api/health").body().contains("\"source\":\"se.stockholm.vbe.test.impostor 1.0.0\","
                + "\"message\":\"committee id owned-district belongs to bundle se.stockholm.vbe.test.owned.district"));
        Files.delete(impostor);
        await().atMost(DEPLOYED).until(() -> !http.get("/api/health").body().contains("owned-district"));
    }

    @Test
    public void oneCommitteesHangingRulesUseUpOnlyItsOwnBudget() throws Exception {
        Path hanging = deploy.resolve("hanging.jar");
        TestBundles bundle = TestBundles.committee("hanging-district", "1.0.0");
        for (int i = 0; i < 20; i++) {
            bundle.rule("hanging-district.hangs-" + i, "hang-hard");
        }
        KarafShell.drop(hanging, bundle.jar());
        String application = grant("802400-1235", false);
        String checks = "/api/committees/hanging-district/grant-checks";
        await("its rules in use").atMost(DEPLOYED).ignoreExceptions().until(() -> json(as("samordnare", "POST",
                checks, application)).get("reasons").size() == 22);

        JsonNode overBudget = json(as("samordnare", "POST", checks, application));

        assertEquals("REVIEW", overBudget.get("decision").asText());
        assertTrue(overBudget.toString(), overBudget.toString().contains("för många pågående anrop"));
        assertEquals("APPROVE", json(as("editor-alvsjo", "POST", "/api/committees/alvsjo/grant-checks", application))
                .get("decision").asText());
        assertEquals("REJECT", json(as("editor-hasselby-vallingby", "POST",
                "/api/committees/hasselby-vallingby/grant-checks", grant("802400-1235", true))).get("decision").asText());
        assertTrue(http.get("/api/health").body().contains("rule threads are stuck"));
        Files.delete(hanging);
        awaitCommittee("hanging-district", "online", "false");
    }

    @Test
    public void aReadOnlyDatabaseAnswers503WithRetryAfterAndRecoversWithoutARestart() throws Exception {
        String plans = "/api/committees/alvsjo/plans/";
        assertEquals(201, as("editor-alvsjo", "PUT", plans + 2061, PlansIT.plan(1)).statusCode());
        Path directory = Path.of(System.getProperty("karaf.data"), "vbe");

        try (ReadOnlyDirectory readOnly = new ReadOnlyDirectory(directory)) {
            // Derby keeps writing through the files it opened while the directory was writable; it meets the
            // read-only directory when it opens them again, as after a restart or a severe I/O error.
            shutDownDerby(directory.resolve("derby"));
            readOnly.makeReadOnly();

            for (int year = 2062; year < 2065; year++) {
                HttpResponse<String> refused = as("editor-alvsjo", "PUT", plans + year, PlansIT.plan(1));
                assertEquals(refused.body(), 503, refused.statusCode());
                assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
                assertTrue("503 without Retry-After: " + refused.body(),
                        refused.headers().firstValue("Retry-After").isPresent());
            }
            HttpResponse<String> health = http.get("/api/health");
            assertEquals(503, health.statusCode());
            JsonNode report = JSON.readTree(health.body());
            assertEquals("DOWN", report.get("database").asText());
            String problem = databaseProblem(report);
            assertTrue(problem, problem.contains(directory.resolve("derby").toString())
                    && problem.contains("SQLState") && problem.contains("recovers by itself"));
            await("the platform staying DOWN while its directory is read-only, through two recovery attempts")
                    .during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                    .until(() -> http.get("/api/health").statusCode() == 503);

            readOnly.makeWritable();

            await("the database recovered").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> http.get("/api/health").statusCode() == 200);
        }
        HttpResponse<String> written = as("editor-alvsjo", "PUT", plans + 2062, PlansIT.plan(1));
        assertEquals(written.body(), 201, written.statusCode());
        assertEquals(200, as("editor-alvsjo", "GET", plans + 2061, null).statusCode());
    }

    private void shutDownDerby(Path database) throws SQLException {
        try (Connection ignored = derby.createDriver(null).connect("jdbc:derby:" + database + ";shutdown=true",
                new Properties())) {
            throw new AssertionError("Derby did not shut down " + database);
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static String databaseProblem(JsonNode report) {
        for (JsonNode problem : report.get("problems")) {
            if (problem.get("source").asText().equals("database")) {
                return problem.get("message").asText();
            }
        }
        throw new AssertionError("no database problem in " + report);
    }

    @Test
    public void passwordsEveryDemoUserSignsInOverHttpWithTheSaltedHash() throws Exception {
        Properties users = usersProperties();
        for (String user : DEMO_USERS) {
            assertTrue(user + " is stored as a PBKDF2 hash",
                    users.getProperty(user).startsWith("{CRYPT}pbkdf2-sha256$210000$"));
            HttpResponse<String> me = as(user, "GET", "/api/me", null);
            assertEquals(me.body(), 200, me.statusCode());
            assertTrue(me.body(), me.body().contains("\"user\":\"" + user + "\""));
        }
    }

    @Test
    public void passwordsTwoUsersWithTheSamePasswordHaveDifferentStoredHashes() throws Exception {
        Properties users = usersProperties();
        String alvsjo = users.getProperty("editor-alvsjo").split(",")[0];
        String rinkeby = users.getProperty("editor-rinkeby-kista").split(",")[0];
        assertEquals(200, as("editor-alvsjo", "GET", "/api/me", null).statusCode());
        assertEquals(200, as("editor-rinkeby-kista", "GET", "/api/me", null).statusCode());
        assertNotEquals("both have the password 'editor'", alvsjo, rinkeby);
    }

    @Test
    public void passwordsTheAdminShellSignsInThroughTheSameHashes() throws Exception {
        await("Karaf's JAAS hashing the test administrator's password").atMost(Duration.ofSeconds(30))
                .until(() -> usersProperties().getProperty("karaf").startsWith("{CRYPT}pbkdf2-sha256$"));
        String output = KarafShell.execute(configurations, "bundle:list -s -t 0 | grep se.stockholm.vbe.security");
        assertTrue(output, output.contains("se.stockholm.vbe.security"));
    }

    @Test
    public void passwordsOnLoopbackOnlyTheDemoPasswordsAreNotAHealthProblem() throws Exception {
        Object addresses = configurations.getConfiguration("org.ops4j.pax.web", null).getProperties()
                .get("org.ops4j.pax.web.listening.addresses");
        assertEquals("the distribution listens on loopback only", "127.0.0.1", addresses);
        assertTrue(health.check().problems().stream().noneMatch(problem -> problem.source().equals("security")));
    }

    @Test
    public void passwordsALegacySha512DigestOfAnUpgradedInstallationStillSignsIn() throws Exception {
        String password = "ett lösenord från förr";
        String digest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-512").digest(password.getBytes(StandardCharsets.UTF_8)));
        Path file = Path.of(System.getProperty("karaf.etc"), "users.properties");
        String before = Files.readString(file);
        Files.writeString(file, (before.endsWith("\n") ? "" : "\n") + "uppgraderad = {CRYPT}" + digest + "{CRYPT},reader\n",
                StandardOpenOption.APPEND);
        try {
            // Karaf reads the file at every sign-in; one try only, since each failure counts for this address.
            HttpResponse<String> me = http.call("GET", "/api/me", null, "uppgraderad", password);
            assertEquals(me.body(), 200, me.statusCode());
            assertEquals("the digest is left as it is, never rewritten to another SHA-512 digest",
                    "{CRYPT}" + digest + "{CRYPT},reader", usersProperties().getProperty("uppgraderad"));
        } finally {
            Files.writeString(file, before);
        }
    }

    @Test
    public void guessingFiveWrongPasswordsBlocksTheUserFromThatAddressEvenWithTheRightPassword() {
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> wrong = http.call("GET", "/api/me", null, "samordnare", "gissning-" + i);
            assertEquals(wrong.body(), 401, wrong.statusCode());
        }
        HttpResponse<String> right = http.call("GET", "/api/me", null, "samordnare", "samordnare");
        assertEquals(right.body(), 429, right.statusCode());
        assertEquals("5", right.headers().firstValue("Retry-After").orElse(null));
        assertTrue(right.body(), right.body().contains("too many failed sign-ins"));
        assertEquals("another user from the same address is not blocked", 200,
                as("lasare", "GET", "/api/me", null).statusCode());
        assertTrue(karafLog().contains("Sign-in failed for user 'samordnare' from 127.0.0.1"));

        // The block ends by itself; a success then clears the count, so other tests may sign in again.
        await("the block to end").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> as("samordnare", "GET", "/api/me", null).statusCode() == 200);
        assertEquals("counting starts again", 401, http.get("/api/me", "samordnare", "gissning-6").statusCode());
        assertEquals(200, as("samordnare", "GET", "/api/me", null).statusCode());
    }

    @Test
    public void seventySlowReaderBodiesAreRefusedBeforeTheyAreSentAndHealthKeepsAnswering() throws Exception {
        List<Socket> readers = new ArrayList<>();
        ScheduledExecutorService dribble = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < SLOW_READERS; i++) {
                Socket reader = slowBodyPost(GRANT_CHECKS, "lasare", "lasare", 2000);
                readers.add(reader);
                assertEquals("the reader's request is refused with only 1 of its 2000 bytes sent",
                        "HTTP/1.1 403 Forbidden", statusLine(reader));
            }
            dribble.scheduleAtFixedRate(() -> readers.forEach(TrustBoundariesIT::sendOneByte), 0, 1, TimeUnit.SECONDS);
            AtomicInteger healthy = new AtomicInteger();
            await("health answering while the readers keep sending").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(500)).until(() -> {
                        HttpResponse<String> health = http.send(http.request("/api/health")
                                .timeout(Duration.ofSeconds(5)));
                        assertEquals(200, health.statusCode());
                        return healthy.incrementAndGet() >= 6;
                    });
        } finally {
            dribble.shutdownNow();
            for (Socket reader : readers) {
                reader.close();
            }
        }
    }

    @Test
    public void aSlowEditorBodyIsCutOffByTheMinimumDataRate() throws Exception {
        ScheduledExecutorService dribble = Executors.newSingleThreadScheduledExecutor();
        try (Socket editor = slowBodyPost(GRANT_CHECKS, "editor-alvsjo", "editor", 2000)) {
            OutputStream out = editor.getOutputStream();
            dribble.scheduleAtFixedRate(() -> {
                try {
                    out.write('{');
                    out.flush();
                } catch (IOException closedByTheServer) {
                    throw new IllegalStateException(closedByTheServer);
                }
            }, 1, 1, TimeUnit.SECONDS);
            editor.setSoTimeout(20_000);
            String answer = statusLineOrClosed(editor);
            assertEquals("cut off after the grace, well before its 2000 bytes at a byte a second",
                    "HTTP/1.1 408 Request Timeout", answer);
        } finally {
            dribble.shutdownNow();
        }
        assertEquals(200, http.get("/api/health").statusCode());
    }

    @Test
    public void aBodyThatStopsArrivingIs408AfterTheIdleTimeout() throws Exception {
        try (Socket editor = slowBodyPost("/api/committees/idrottsnamnden/grant-checks", "editor-idrottsnamnden",
                "editor", 2000)) {
            editor.setSoTimeout(30_000);
            assertEquals("the connector's idle timeout is 15 s", "HTTP/1.1 408 Request Timeout", statusLine(editor));
        }
    }

    @Test
    public void anAbortedUploadIsOneWarnLineWithoutAStackTrace() throws Exception {
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        long before = Files.size(log);
        String path = "/api/committees/hasselby-vallingby/grant-checks";
        try (Socket editor = slowBodyPost(path, "editor-hasselby-vallingby", "editor", 2000)) {
            editor.getOutputStream().write("\"organisation\": ".repeat(60).getBytes(StandardCharsets.US_ASCII));
            editor.getOutputStream().flush();
        }
        await("the abort logged").atMost(Duration.ofSeconds(30)).until(() -> logSince(log, before).contains(path));
        assertEquals(200, http.get("/api/health").statusCode());

        List<String> lines = logSince(log, before).lines().toList();
        List<String> aborts = lines.stream().filter(line -> line.contains(path)).toList();
        assertEquals(lines.toString(), 1, aborts.size());
        assertTrue(aborts.get(0), aborts.get(0).contains("| WARN "));
        assertTrue("no stack trace: " + lines, lines.stream().noneMatch(line -> line.startsWith("\tat ")
                || line.startsWith("Caused by")));
    }

    @Test
    public void everyResponseCarriesTheSecurityHeaders() {
        List<HttpResponse<String>> responses = List.of(http.get("/api/health"), http.get("/api/me"),
                http.get("/api/committees/no-such"), as("lasare", "GET", "/api/me", null),
                as("lasare", "POST", GRANT_CHECKS, "{}"), http.get("/api/plans/2019"), http.get("/no-such-file.js"));
        for (HttpResponse<String> response : responses) {
            String where = response.request().method() + " " + response.request().uri() + " " + response.statusCode();
            assertEquals(where, "nosniff", header(response, "X-Content-Type-Options"));
            assertEquals(where, "no-referrer", header(response, "Referrer-Policy"));
            assertEquals(where, "default-src 'none'; frame-ancestors 'none'",
                    header(response, "Content-Security-Policy"));
        }
        assertEquals(List.of(401, 404, 403, 404), List.of(responses.get(1).statusCode(),
                responses.get(2).statusCode(), responses.get(4).statusCode(), responses.get(6).statusCode()));
        assertEquals("no-store", header(responses.get(0), "Cache-Control"));
        assertEquals("an anonymous answer is the same for everyone", "no-cache",
                header(responses.get(1), "Cache-Control"));
        assertEquals("private, no-store", header(responses.get(3), "Cache-Control"));
        assertEquals("private, no-store", header(responses.get(4), "Cache-Control"));
        HttpResponse<String> page = http.get("/no-such-page");
        assertEquals("a page address is the web application's, with the pages' own policy", 200, page.statusCode());
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        assertTrue(header(page, "Content-Security-Policy"), header(page, "Content-Security-Policy")
                .matches("default-src 'none'; script-src 'self'; style-src 'self'; .*frame-ancestors 'none'"));
    }

    @Test
    public void anonymousReadsOfPublishedPlansStayCacheableAndRevalidate() {
        HttpResponse<String> first = http.get("/api/plans/2019");
        String tag = header(first, "ETag");
        assertEquals(200, first.statusCode());
        assertEquals("no-cache", header(first, "Cache-Control"));
        assertEquals("Authorization, Accept", header(first, "Vary"));

        HttpResponse<String> again = http.send(http.request("/api/plans/2019").header("If-None-Match", tag));
        assertEquals(304, again.statusCode());
        assertEquals("nosniff", header(again, "X-Content-Type-Options"));
        assertEquals("private, no-store", header(as("samordnare", "GET", "/api/plans/2019", null), "Cache-Control"));
    }

    @Test
    public void oneAddressHoldingSixteenRequestsGets429ForTheNextButHealthStillAnswers() throws Exception {
        String path = "/api/committees/rinkeby-kista/grant-checks";
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                held.add(slowBodyPost(path, "editor-rinkeby-kista", "editor", 2000));
            }
            await("sixteen requests in progress").atMost(Duration.ofSeconds(10))
                    .until(() -> http.get("/api/committees").statusCode() == 429);
            HttpResponse<String> refused = http.get("/api/committees");
            assertEquals("application/problem+json", header(refused, "Content-Type"));
            assertEquals("1", header(refused, "Retry-After"));
            assertTrue(refused.body(), refused.body().contains("\"status\":429"));
            assertEquals("health is not counted", 200, http.get("/api/health").statusCode());
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        await("the address free again").atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/committees").statusCode() == 200);
    }

    @Test
    public void oneAddressCannotHoldMoreThan128Connections() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 140; i++) {
                Socket socket = new Socket("127.0.0.1", VbeDistribution.httpPort());
                socket.setSoTimeout(10_000);
                idle.add(socket);
            }
            assertEquals("the 140th connection is closed by the server", -1,
                    idle.get(idle.size() - 1).getInputStream().read());
            idle.get(0).getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            assertEquals("the first still answers", "HTTP/1.1 200 OK", statusLine(idle.get(0)));
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
        await("the address free again").atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> http.get("/api/health").statusCode() == 200);
    }

    @Test
    public void jettysOwnErrorsAreProblemJson() throws Exception {
        assertJettyProblem(get("/api/%00", ""), 400);
        assertJettyProblem(get("/api/health?q=" + "a".repeat(20_000), ""), 414);
        assertJettyProblem(get("/api/health", "X-Big: " + "b".repeat(20_000) + "\r\n"), 431);
    }

    // --- Defect 10: a personnummer in any typography is refused -------------------------------------------------

    @Test
    public void aPersonnummerInAnyTypographyIsRefusedInAPlanAndInAGrantCheckAndNothingIsStored() throws Exception {
        int checksBefore = json(as("editor-alvsjo", "GET", PIN_CHECKS + "?limit=500", null)).size();

        for (Map.Entry<String, String> variant : pinTypographies().entrySet()) {
            String text = "Kontakt " + variant.getValue() + " (handläggare)";

            HttpResponse<String> plan = as("editor-rinkeby-kista", "PUT", PIN_PLAN,
                    PlansIT.plan(1).replace("Vandring med polis och boende", text));
            HttpResponse<String> check = as("editor-alvsjo", "POST", PIN_CHECKS,
                    grant("802400-1235", "false").replace("Läxhjälp för unga", text));

            pinAssertProblem(variant.getKey(), plan, 422, "activities[0].description: personal identity numbers");
            pinAssertProblem(variant.getKey(), check, 422, "purpose: personal identity numbers");
        }

        assertEquals(404, as("samordnare", "GET", PIN_PLAN, null).statusCode());
        assertEquals(checksBefore, json(as("editor-alvsjo", "GET", PIN_CHECKS + "?limit=500", null)).size());
    }

    @Test
    public void organisationNumbersPhoneNumbersDatesAmountsAndReferencesAreNotMistakenForOne() throws Exception {
        String text = "Föreningen 802400-1235, tel. 08-508 00 000, möte 2026-12-01 10:00, 1 250 000 kr, Dnr 1-2026";

        HttpResponse<String> plan = as("editor-rinkeby-kista", "PUT", "/api/committees/rinkeby-kista/plans/2051",
                PlansIT.plan(1).replace("Vandring med polis och boende", text));

        assertEquals(plan.body(), 201, plan.statusCode());
        assertEquals(text, json(plan).get("activities").get(0).get("description").asText());
    }

    /** Built at run time, so that no file in the repository holds a personnummer; the date part is 1981-12-18. */
    private static Map<String, String> pinTypographies() {
        String date = "8112" + "18";
        String serial = "98" + "76";
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("en dash", date + "\u2013" + serial);
        variants.put("minus sign", date + "\u2212" + serial);
        variants.put("non-breaking space", date + "\u00a0" + serial);
        variants.put("spaced hyphen", date + " - " + serial);
        variants.put("spaced date", "81 12 18-" + serial);
        variants.put("full-width digits", pinFullWidth(date + "-" + serial));
        variants.put("zero-width space inside", date.substring(0, 4) + "\u200b" + date.substring(4) + "-" + serial);
        variants.put("slash", date + "/" + serial);
        variants.put("dot", date + "." + serial);
        variants.put("twelve digits", "19" + date + "-" + serial);
        variants.put("twelve digits, no separator", "19" + date + serial);
        variants.put("samordningsnummer with an en dash", "8112" + "78" + "\u2013" + "98" + "73");
        return variants;
    }

    private static String pinFullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(Character.isDigit(c) ? (char) (c - '0' + '\uff10') : (char) c));
        return wide.toString();
    }

    // --- Strict JSON: no coercion, no duplicate keys, no hidden characters --------------------------------------

    @Test
    public void jsonOfTheWrongTypeIsRefusedWith422NamingTheField() {
        String grant = grant("802400-1235", "false");
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("an enum as a number", new String[] {grant.replace("\"ASSOCIATION_GRANT\"", "1"), "type"});
        cases.put("a boolean as 1", new String[] {grant.replace("\"targetsResidents\": true", "\"targetsResidents\": 1"),
            "targetsResidents"});
        cases.put("a boolean as a string", new String[] {grant.replace("\"religiousAffiliation\": false",
            "\"religiousAffiliation\": \"false\""), "organisation.religiousAffiliation"});
        cases.put("a number as a string", new String[] {grant.replace("25000", "\"25000\""), "amountSek"});
        cases.put("a fraction into a whole number", new String[] {grant.replace("25000", "100.7"), "amountSek"});
        cases.put("text as a number", new String[] {grant.replace("\"Läxhjälp för unga\"", "12"), "purpose"});
        cases.put("a key twice", new String[] {grant.replace("\"amountSek\": 25000", "\"amountSek\": 1, \"amountSek\": 25000"),
            "amountSek: is given more than once"});
        cases.put("a nested key twice", new String[] {grant.replace("\"democracy\": true",
            "\"democracy\": false, \"democracy\": true"), "declarations.democracy: is given more than once"});
        cases.put("a control character", new String[] {grant.replace("Läxhjälp", "Läx\\u0007hjälp"),
            "purpose contains control characters"});
        cases.put("a bidi override", new String[] {grant.replace("Läxhjälp", "Läx\u202ehjälp"),
            "purpose contains bidirectional control characters"});
        cases.put("a lone surrogate", new String[] {grant.replace("Läxhjälp", "Läx\\ud800hjälp"),
            "purpose contains an unpaired surrogate"});
        for (Map.Entry<String, String[]> refused : cases.entrySet()) {
            pinAssertProblem(refused.getKey(), as("editor-alvsjo", "POST", PIN_CHECKS, refused.getValue()[0]), 422,
                    refused.getValue()[1]);
        }

        String plans = "/api/committees/rinkeby-kista/plans/";
        assertEquals(201, as("editor-rinkeby-kista", "PUT", plans + 2052, PlansIT.plan(1)).statusCode());
        pinAssertProblem("a status as a number", as("editor-rinkeby-kista", "POST", plans + "2052/status",
                "{\"to\":1}"), 422, "to: ");
        pinAssertProblem("a boolean as a string in a plan", as("editor-rinkeby-kista", "PUT", plans + 2053,
                PlansIT.plan(1).replace("\"start\": \"2043-06\", \"end\": \"2044-05\"", "\"ongoing\": \"true\"")), 422,
                "activities[0].schedule.ongoing");
        pinAssertProblem("a bidi isolate in a plan", as("editor-rinkeby-kista", "PUT", plans + 2053,
                PlansIT.plan(1).replace("Kartläggning", "Kartl\u2066äggning")), 422,
                "title contains bidirectional control characters");
        assertEquals(404, as("samordnare", "GET", plans + 2053, null).statusCode());
    }

    // --- Paging: ?limit= and ?after= with Link rel="next" -------------------------------------------------------

    @Test
    public void theStopListIsPagedWithLinkRelNext() throws Exception {
        List<String> added = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String number = pinOrganisationNumber("80249900" + i);
            added.add(number);
            assertEquals(201, as("samordnare", "POST", "/api/admin/stop-list", """
                    {"organisationNumber": "%s", "name": "Förening %d", "reason": "Beslut", "decisionReference": "Dnr %d-2026"}
                    """.formatted(number, i, i)).statusCode());
        }

        List<String> seen = new ArrayList<>();
        int pages = pinFollowPages("/api/admin/stop-list?limit=2", 2,
                entry -> seen.add(entry.get("organisationNumber").asText()));

        assertTrue(seen.toString(), seen.containsAll(added));
        assertEquals("in order of organisation number", seen.stream().sorted().toList(), seen);
        assertTrue("pages: " + pages, pages >= 3);
        pinAssertProblem("limit over 500", as("samordnare", "GET", "/api/admin/stop-list?limit=501", null), 422, "limit");
        pinAssertProblem("limit no number", as("samordnare", "GET", "/api/admin/stop-list?limit=all", null), 422,
                "limit");
    }

    @Test
    public void grantChecksArePagedNewestFirstWithLinkRelNext() throws Exception {
        String checks = "/api/committees/hasselby-vallingby/grant-checks";
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, json(as("editor-hasselby-vallingby", "POST", checks, grant("802400-1235", "false")))
                    .get("id").asLong());
        }

        List<Long> seen = new ArrayList<>();
        pinFollowPages(checks + "?limit=2", 2, check -> seen.add(check.get("id").asLong()));

        assertEquals("newest first, each once", created, seen.subList(0, 5));
        assertEquals(seen.stream().sorted((a, b) -> Long.compare(b, a)).distinct().toList(), seen);
        HttpResponse<String> all = as("lasare", "GET", checks, null);
        assertNull("no next page while everything fits", all.headers().firstValue("Link").orElse(null));
        pinAssertProblem("a cursor that is no id", as("lasare", "GET", checks + "?after=newest", null), 422, "after");
    }

    @Test
    public void theCatalogueIsPagedWithLinkRelNext() throws Exception {
        String catalogue = "/api/committees/rinkeby-kista/catalogue";
        int size = json(http.get(catalogue)).size();
        assertTrue("the sample catalogue has templates to page through", size >= 2);

        List<String> seen = new ArrayList<>();
        pinFollowPages(catalogue + "?limit=1", 1, template -> seen.add(template.get("id").asText()));

        assertEquals(size, seen.size());
        pinAssertProblem("an unknown cursor", http.get(catalogue + "?after=no-such-template"), 422, "after");
    }

    /** Follows rel="next" from {@code path}; every page is a JSON array of at most {@code limit}. Returns pages. */
    private int pinFollowPages(String path, int limit, Consumer<JsonNode> item) throws Exception {
        Pattern next = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
        int pages = 0;
        for (String at = path; at != null; pages++) {
            HttpResponse<String> page = as("samordnare", "GET", at, null);
            JsonNode items = json(page);
            assertTrue(page.body(), items.isArray() && items.size() <= limit);
            items.forEach(item);
            Matcher link = next.matcher(page.headers().firstValue("Link").orElse(""));
            if (link.find()) {
                URI uri = URI.create(link.group(1));
                at = uri.getRawPath() + "?" + uri.getRawQuery();
                assertTrue(at, at.contains("limit=" + limit) && at.contains("after="));
            } else {
                at = null;
            }
            assertTrue("too many pages", pages < 1_000);
        }
        return pages;
    }

    @Test
    public void aRuleThatCallsSystemExitIsRefusedBeforeItRunsAndNamedInHealth() throws Exception {
        TestBundles exiting = TestBundles.committee("exit-district", "1.0.0")
                .implementation(ExitingRule.class, "se.stockholm.vbe.spi.GrantRule");
        Bundle bundle = install(exiting.jar());

        assertRefusedToStart(bundle);
        assertEquals("never resolved, so none of its code ran", Bundle.INSTALLED, bundle.getState());
        String problem = gateProblem(exiting.symbolicName());
        assertTrue(problem, problem.contains("refused by the trust gate"));
        assertTrue(problem, problem.contains(ExitingRule.class.getName() + ".evaluate calls java.lang.System.exit"));
        assertEquals("the platform still answers", 200, http.get("/api/committees").statusCode());
    }

    @Test
    public void aBundleThatStartsThreadsIsRefusedAndNamedInHealth() throws Exception {
        TestBundles starter = threadStarter();
        Bundle bundle = install(starter.jar());

        assertRefusedToStart(bundle);
        assertEquals(Bundle.INSTALLED, bundle.getState());
        String problem = gateProblem(starter.symbolicName());
        assertTrue(problem, problem.contains(ThreadStarter.class.getName() + ".activate calls java.lang.Thread.start"));
        assertFalse("the thread was never started", lingeringThread().isPresent());
    }

    @Test
    public void aCommitteeBundleNeitherFindsNorHearsOfThePlatformsServices() throws Exception {
        Bundle spy = install(TestBundles.committee("spy-district", "1.0.0")
                .implementation(ServiceSpy.class, Supplier.class.getName()).jar());
        spy.start();
        Supplier<List<String>> seen = await("the spy active").atMost(GATE).until(() -> spyOf(spy), found -> found != null);
        ServiceRegistration<HealthService> api = context.registerService(HealthService.class, health, null);
        ServiceRegistration<Runnable> other = context.registerService(Runnable.class, () -> { }, null);
        try {
            List<String> names = seen.get();

            assertTrue("it hears of other services: " + names, names.contains("heard:" + Runnable.class.getName()));
            assertTrue("it finds its own: " + names, names.contains(Supplier.class.getName()));
            List<String> hidden = names.stream().map(name -> name.replace("heard:", ""))
                    .filter(name -> name.startsWith("se.stockholm.vbe.api.") || name.startsWith("org.apache.karaf.")
                            || name.startsWith("org.apache.felix.") || name.startsWith("javax.management.")
                            || name.startsWith("org.osgi.service.component.runtime.")
                            || name.equals(ConfigurationAdmin.class.getName())).toList();
            assertEquals(List.of(), hidden);
        } finally {
            api.unregister();
            other.unregister();
        }
        assertNotNull("the probe, no committee bundle, still finds them",
                context.getServiceReference(HealthService.class));
    }

    @Test
    public void aBundleThatBorrowsAnotherBundlesContextIsRefusedBeforeItRuns() throws Exception {
        TestBundles borrower = TestBundles.committee("borrow-district", "1.0.0")
                .implementation(IdentityBorrower.class, Runnable.class.getName());
        Bundle bundle = install(borrower.jar());

        assertRefusedToStart(bundle);
        String problem = gateProblem(borrower.symbolicName());
        String activate = IdentityBorrower.class.getName() + ".activate calls org.osgi.framework.";
        assertTrue(problem, problem.contains(activate + "BundleContext.getBundles"));
        assertTrue(problem, problem.contains(activate + "Bundle.getBundleContext"));
    }

    @Test
    public void aCommitteeBundleThatExportsAPackageIsRefusedSoNoOtherBundleWiresToItsClasses() throws Exception {
        TestBundles exporting = TestBundles.committee("exporting-district", "1.0.0")
                .header("Export-Package", "se.stockholm.vbe.spi;version=2.9");
        Bundle bundle = install(exporting.jar());

        assertRefusedToStart(bundle);
        String problem = gateProblem(exporting.symbolicName());
        assertTrue(problem, problem.contains("has Export-Package: se.stockholm.vbe.spi;version=2.9"));
    }

    @Test
    public void aCommitteeBundleWithEmbeddedJarsOrAFragmentAttachingToOneIsRefused() throws Exception {
        TestBundles embedding = TestBundles.committee("embedding-district", "1.0.0")
                .header("Bundle-ClassPath", ".,lib/rules.jar");
        assertRefusedToStart(install(embedding.jar()));
        String embedded = gateProblem(embedding.symbolicName());
        assertTrue(embedded, embedded.contains("has Bundle-ClassPath: .,lib/rules.jar"));

        TestBundles host = TestBundles.committee("fragment-host", "1.0.0");
        TestBundles fragment = TestBundles.committee("fragment-host", "1.0.0").withoutCommittee()
                .header("VBE-Committee", null).header("Bundle-SymbolicName", "se.stockholm.vbe.test.fragment")
                .header("Fragment-Host", host.symbolicName());
        Bundle hostBundle = install(host.jar());
        Bundle fragmentBundle = install(fragment.jar());
        hostBundle.start();

        awaitCommittee("fragment-host", "online", "true");
        assertEquals("the fragment never attached", Bundle.INSTALLED, fragmentBundle.getState());
        String refused = gateProblem(fragment.symbolicName());
        assertTrue(refused, refused.contains("is a fragment (Fragment-Host: " + host.symbolicName() + ")"));
    }

    @SuppressWarnings("unchecked")
    private Supplier<List<String>> spyOf(Bundle spy) throws Exception {
        for (ServiceReference<Supplier> reference : context.getServiceReferences(Supplier.class, null)) {
            if (reference.getBundle() == spy) {
                return context.getService(reference);
            }
        }
        return null;
    }

    @Test
    public void withATrustStoreOnlyBundlesSignedByTheirCommitteesCertificateResolve() throws Exception {
        Path keys = Files.createTempDirectory(Path.of(System.getProperty("karaf.base"), "data"), "signing");
        JdkSigning signing = new JdkSigning(keys);
        Path districtKey = signing.keyPair("signed-district-it");
        Path strangerKey = signing.keyPair("okand-utvecklare");
        Path trustStore = signing.trust(keys.resolve("vbe-trust.p12"), "signed-district-it", districtKey);
        configureTrust(Map.of("requireSignature", "true", "keystore", trustStore.toString(),
                "keystorePassword", JdkSigning.PASSWORD, "committeeAliases", "signed-district=signed-district-it"));
        await("the unsigned sample committees named under the new settings").atMost(GATE)
                .until(() -> http.get("/api/health").body().contains("trust settings changed"));

        TestBundles signed = TestBundles.committee("signed-district", "1.0.0");
        TestBundles wronglySigned = TestBundles.committee("wrongly-signed", "1.0.0");
        TestBundles unsigned = TestBundles.committee("unsigned-district", "1.0.0");
        install(signing.sign(signed.jar(), districtKey)).start();
        Bundle wrong = install(signing.sign(wronglySigned.jar(), strangerKey));
        Bundle none = install(unsigned.jar());

        await("the signed committee online").atMost(GATE).ignoreExceptions().until(() -> JSON.readTree(
                http.get("/api/committees/signed-district").body()).get("online").asBoolean());
        assertRefusedToStart(wrong);
        assertRefusedToStart(none);
        String wrongProblem = gateProblem(wronglySigned.symbolicName());
        assertTrue(wrongProblem, wrongProblem.contains("is signed by CN=okand-utvecklare")
                && wrongProblem.contains("not trusted for committee wrongly-signed"));
        assertTrue(gateProblem(unsigned.symbolicName()).contains("it is not signed"));
        String samples = gateProblem("se.stockholm.vbe.committee.alvsjo");
        assertTrue("a sample committee keeps running, named until refreshed: " + samples,
                samples.startsWith("resolved before the trust settings changed") && samples.contains("is not signed"));
    }

    @Test
    public void threadsAStoppedBundleLeftRunningAreNamedInHealth() throws Exception {
        configureTrust(Map.of("bytecodeCheck", "false", "threadGraceSeconds", "1"));
        TestBundles starter = threadStarter();
        Bundle bundle = install(starter.jar());
        await("started once the bytecode check is off").atMost(GATE).until(() -> started(bundle));
        await("its thread started").atMost(GATE).until(() -> lingeringThread().isPresent());

        bundle.stop();
        String problem = gateProblem(starter.symbolicName());
        assertTrue(problem, problem.contains("1 thread still runs its code after it stopped: \""
                + ThreadStarter.THREAD + "\""));

        interruptLingeringThreads();
        await("the report gone with the thread").atMost(GATE)
                .until(() -> !http.get("/api/health").body().contains(ThreadStarter.THREAD));
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    private void awaitCommittee(String committeeId, String field, String value) {
        await(committeeId + " " + field + " " + value).atMost(DEPLOYED).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> json(http.get("/api/committees/" + committeeId)).get(field).asText()
                        .equals(value));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertTrue(response.body(), response.statusCode() < 300);
        return JSON.readTree(response.body());
    }

    private static Properties usersProperties() throws Exception {
        Properties users = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("karaf.etc"), "users.properties"))) {
            users.load(in);
        }
        return users;
    }

    private static String karafLog() {
        try {
            return Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String get(String target, String headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers + "\r\n";
    }

    /** Sends a raw request and checks the answer is problem+json with the security headers. */
    private void assertJettyProblem(String request, int status) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", VbeDistribution.httpPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase();
            assertTrue(answer, answer.startsWith("HTTP/1.1 " + status));
            assertTrue(answer, head.contains("content-type: application/problem+json"));
            assertTrue(answer, head.contains("x-content-type-options: nosniff"));
            assertTrue(answer, head.contains("cache-control: private, no-store"));
            assertTrue(answer, answer.contains("\"status\":" + status));
        }
    }

    /** A POST whose headers promise {@code length} bytes of JSON, of which one is sent. */
    private Socket slowBodyPost(String path, String user, String password, int length) throws IOException {
        Socket socket = new Socket("127.0.0.1", VbeDistribution.httpPort());
        socket.setSoTimeout(10_000);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: "
                + Http.basic(user, password)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** One more byte of a slow body; the server may long have closed the connection. */
    private static void sendOneByte(Socket socket) {
        try {
            socket.getOutputStream().write(' ');
            socket.getOutputStream().flush();
        } catch (IOException closedByTheServer) {
            // the refused request's connection is gone, as it should be
        }
    }

    private static String statusLine(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }

    private static String statusLineOrClosed(Socket socket) throws IOException {
        try {
            String line = statusLine(socket);
            return line.isEmpty() ? "closed" : line;
        } catch (SocketException reset) {
            return "closed";
        }
    }

    private static String logSince(Path log, long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                StandardCharsets.UTF_8);
    }

    private static String header(HttpResponse<String> response, String name) {
        String value = response.headers().firstValue(name).orElse(null);
        assertNotNull(name + " on " + response.request().uri(), value);
        return value;
    }

    private static void pinAssertProblem(String what, HttpResponse<String> response, int status, String detail) {
        assertEquals(what + ": " + response.body(), status, response.statusCode());
        assertTrue(what + ": " + response.body(), response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"));
        assertTrue(what + ": " + response.body(), response.body().contains(detail));
    }

    /** A valid organisation number from nine digits and its Luhn check digit. */
    private static String pinOrganisationNumber(String nine) {
        for (int check = 0; check < 10; check++) {
            String ten = nine + check;
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int digit = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
                sum += digit > 9 ? digit - 9 : digit;
            }
            if (sum % 10 == 0) {
                return ten.substring(0, 6) + "-" + ten.substring(6);
            }
        }
        throw new AssertionError(nine);
    }

    private TestBundles threadStarter() {
        return TestBundles.committee("thread-district", "1.0.0").header("Bundle-SymbolicName",
                "se.stockholm.vbe.test.threads").implementation(ThreadStarter.class, "java.lang.Runnable");
    }

    private static void assertRefusedToStart(Bundle bundle) {
        try {
            bundle.start();
            fail(bundle.getSymbolicName() + " started");
        } catch (BundleException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("Resolver hook prevented resolution"));
        }
    }

    private static boolean started(Bundle bundle) {
        try {
            bundle.start();
            return true;
        } catch (BundleException stillRefused) {
            return false;
        }
    }

    private Bundle install(byte[] jar) throws BundleException {
        Bundle bundle = context.installBundle("trust-test:" + gateBundles.size() + ":" + System.nanoTime(),
                new ByteArrayInputStream(jar));
        gateBundles.add(bundle);
        return bundle;
    }

    /** The one health problem of the bundle (any version), once health names it. */
    private String gateProblem(String symbolicName) {
        return await(symbolicName + " in health").atMost(GATE).until(() -> {
            for (JsonNode problem : JSON.readTree(http.get("/api/health").body()).get("problems")) {
                if (problem.get("source").asText().startsWith(symbolicName + " ")) {
                    return problem.get("message").asText();
                }
            }
            return null;
        }, message -> message != null);
    }

    private void configureTrust(Map<String, String> values) throws Exception {
        Configuration trust = configurations.getConfiguration(TRUST_PID, "?");
        Dictionary<String, Object> current = trust.getProperties();
        trustBefore = current == null ? new Hashtable<>() : copy(current);
        Dictionary<String, Object> changed = copy(trustBefore);
        values.forEach(changed::put);
        trust.update(changed);
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> properties) {
        Hashtable<String, Object> copy = new Hashtable<>();
        for (String key : Collections.list(properties.keys())) {
            copy.put(key, properties.get(key));
        }
        return copy;
    }

    private static Optional<Thread> lingeringThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(ThreadStarter.THREAD)).findFirst();
    }

    private static void interruptLingeringThreads() {
        lingeringThread().ifPresent(Thread::interrupt);
        await("the lingering thread ended").atMost(GATE).until(() -> lingeringThread().isEmpty());
    }
}
