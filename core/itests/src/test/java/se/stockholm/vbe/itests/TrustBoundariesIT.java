package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.jdbc.DataSourceFactory;

import com.fasterxml.jackson.databind.JsonNode;

import se.stockholm.vbe.api.health.HealthService;

import se.stockholm.vbe.itests.committee.TestBundles;

/**
 * The trust boundaries, in the default distribution: what a hostile or broken committee bundle cannot do to
 * the others (take over another committee's id or rules, decide another committee's checks, starve the rules
 * of the city), and what a hostile client or a failing machine cannot do to the platform.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrustBoundariesIT extends VbeKarafTestSupport {

    private static final Duration DEPLOYED = Duration.ofSeconds(20);
    private static final String HASSELBY = "se.stockholm.vbe.committee.hasselby-vallingby";
    private static final List<String> DEMO_USERS = List.of("samordnare", "lasare", "editor-rinkeby-kista",
            "editor-alvsjo", "editor-hasselby-vallingby", "editor-idrottsnamnden");

    @Inject
    private ConfigurationAdmin configurations;

    @Inject
    private HealthService health;

    @Inject
    @Filter("(osgi.jdbc.driver.name=derby)")
    private DataSourceFactory derby;

    private Path deploy;

    @Before
    public void locateDeploy() {
        deploy = Path.of(System.getProperty("karaf.base"), "deploy");
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
                        && health.contains("whose id belongs to bundle " + HASSELBY);
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
}
