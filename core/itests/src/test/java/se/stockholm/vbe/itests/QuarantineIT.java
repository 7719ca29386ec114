package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static se.stockholm.vbe.itests.Answers.assertProblem;
import static se.stockholm.vbe.itests.Answers.json;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import se.stockholm.vbe.itests.committee.TestBundles;

/**
 * The coordinator's quarantine of a committee's bundle in the running distribution, over real HTTP and in the
 * shell: the bundle is stopped and nothing else changes, its rules fail closed, and release brings it back; a
 * hanging rule is reported with its committee, and a removed rule's breaker goes with it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class QuarantineIT extends VbeKarafTestSupport {

    private static final Duration DEPLOYED = Duration.ofSeconds(20);

    @Inject
    private ConfigurationAdmin configurations;

    @Test
    public void aQuarantinedBundleIsStoppedAloneItsPlansStayReadableItsRulesGiveReviewAndReleaseBringsItBack()
            throws Exception {
        Path file = deploy().resolve("quarantine-district.jar");
        KarafShell.drop(file, TestBundles.committee("quarantine-district", "1.0.0")
                .rule("quarantine-district.passes", "pass").jar());
        String checks = "/api/committees/quarantine-district/grant-checks";
        String application = grant("802400-1235", false);
        await("the committee and its rule online").atMost(DEPLOYED).ignoreExceptions().until(() ->
                json(as("samordnare", "POST", checks, application)).get("reasons").size() == 3);
        HttpResponse<String> plan = as("samordnare", "PUT", "/api/committees/quarantine-district/plans/2050",
                PlansIT.plan(1));
        assertEquals(plan.body(), 201, plan.statusCode());
        Bundle bundle = bundle("se.stockholm.vbe.test.quarantine.district");
        Map<Long, String> before = bundles();

        HttpResponse<String> quarantined = as("samordnare", "POST",
                "/api/admin/committees/quarantine-district/quarantine", "{\"reason\": \"Regeln beter sig konstigt\"}");

        assertEquals(quarantined.body(), 200, quarantined.statusCode());
        assertEquals("samordnare", json(quarantined).get("by").asText());
        assertEquals(Bundle.RESOLVED, bundle.getState());
        assertEquals(bundle, bundle("se.stockholm.vbe.test.quarantine.district"));
        Map<Long, String> expected = new TreeMap<>(before);
        expected.put(bundle.getBundleId(), describe(bundle));
        assertEquals("only the committee's bundle changed, and only its state", expected, bundles());
        JsonNode committee = json(as("samordnare", "GET", "/api/committees/quarantine-district", null));
        assertFalse(committee.get("online").asBoolean());
        assertEquals("Regeln beter sig konstigt", committee.get("quarantine").get("reason").asText());
        assertEquals("samordnare", committee.get("quarantine").get("by").asText());
        assertEquals(json(quarantined).get("since"), committee.get("quarantine").get("since"));
        assertTrue(http.get("/api/health").body().contains("\"committee\":\"quarantine-district\""));
        assertEquals(200, as("samordnare", "GET", "/api/committees/quarantine-district/plans/2050", null).statusCode());
        JsonNode check = json(as("samordnare", "POST", checks, application));
        assertEquals("REVIEW", check.get("decision").asText());
        assertTrue(check.toString(), reason(check, "stad.karantan").get("message").asText()
                .contains("satta i karantän av samordnaren"));
        assertTrue(reason(check, "stad.karantan").get("message").asText().contains("Regeln beter sig konstigt"));
        HttpResponse<String> again = as("samordnare", "POST", "/api/admin/committees/quarantine-district/quarantine",
                "{\"reason\": \"En annan orsak\"}");
        assertEquals("a second quarantine changes nothing", quarantined.body(), again.body());
        assertTrue(as("samordnare", "GET", "/api/audit?committee=quarantine-district", null).body()
                .contains("\"action\":\"quarantine\""));

        bundle.start();
        await("a bundle started while in quarantine is stopped again").atMost(DEPLOYED)
                .until(() -> bundle.getState() == Bundle.RESOLVED);

        assertEquals(204, as("samordnare", "DELETE", "/api/admin/committees/quarantine-district/quarantine", null)
                .statusCode());
        assertEquals(Bundle.ACTIVE, bundle.getState());
        await("online again").atMost(DEPLOYED).ignoreExceptions().until(() ->
                json(http.get("/api/committees/quarantine-district")).get("online").asBoolean());
        assertFalse(http.get("/api/committees/quarantine-district").body().contains("quarantine\""));
        await("its rule runs again").atMost(DEPLOYED).ignoreExceptions().until(() ->
                json(as("samordnare", "POST", checks, application)).get("decision").asText().equals("APPROVE"));
        assertEquals("PASS", reason(json(as("samordnare", "POST", checks, application)),
                "quarantine-district.passes").get("outcome").asText());
        assertEquals(204, as("samordnare", "DELETE", "/api/admin/committees/quarantine-district/quarantine", null)
                .statusCode());
        assertTrue(as("samordnare", "GET", "/api/audit?committee=quarantine-district", null).body()
                .contains("\"action\":\"release\""));
        Files.delete(file);
        awaitGone("se.stockholm.vbe.test.quarantine.district");
    }

    @Test
    public void theQuarantineShowsWhoAndWhyOnlyToStaffAndThePublicSeesSinceWhen() throws Exception {
        String path = "/api/admin/committees/hasselby-vallingby/quarantine";
        HttpResponse<String> quarantined = as("samordnare", "POST", path, "{\"reason\": \"Intern anteckning om paketet\"}");
        assertEquals(quarantined.body(), 200, quarantined.statusCode());
        try {
            String since = json(quarantined).get("since").asText();
            JsonNode seen = json(http.get("/api/committees/hasselby-vallingby")).get("quarantine");
            assertEquals(since, seen.get("since").asText());
            assertFalse(seen.toString(), seen.has("reason") || seen.has("by"));
            String list = http.get("/api/committees").body();
            assertTrue(list, list.contains("\"quarantine\":{\"committeeId\":\"hasselby-vallingby\",\"since\":\""
                    + since + "\"}"));
            assertFalse(list, list.contains("Intern anteckning"));
            String health = problem("committee hasselby-vallingby").get("message").asText();
            assertTrue(health, health.contains("in quarantine since " + since)
                    && health.contains("GET /api/committees/hasselby-vallingby"));
            assertFalse(health, health.contains("Intern anteckning") || health.contains("samordnare"));

            for (String staff : List.of("samordnare", "lasare")) {
                JsonNode whole = json(as(staff, "GET", "/api/committees/hasselby-vallingby", null)).get("quarantine");
                assertEquals(staff, "Intern anteckning om paketet", whole.get("reason").asText());
                assertEquals(staff, "samordnare", whole.get("by").asText());
                assertTrue(staff, as(staff, "GET", "/api/committees", null).body().contains("Intern anteckning om paketet"));
            }
        } finally {
            assertEquals(204, as("samordnare", "DELETE", path, null).statusCode());
        }
    }

    @Test
    public void theShellQuarantinesAndReleasesToo() throws Exception {
        Bundle alvsjo = bundle("se.stockholm.vbe.committee.alvsjo");

        String output = KarafShell.execute(configurations, "vbe:quarantine alvsjo Kontroll av paketet");

        assertTrue(output, output.contains("Committee alvsjo is in quarantine"));
        assertEquals(Bundle.RESOLVED, alvsjo.getState());
        JsonNode quarantine = json(as("samordnare", "GET", "/api/committees/alvsjo", null)).get("quarantine");
        assertEquals("shell:karaf", quarantine.get("by").asText());
        assertEquals("Kontroll av paketet", quarantine.get("reason").asText());
        assertTrue(KarafShell.execute(configurations, "vbe:release alvsjo").contains("released from quarantine"));
        assertEquals(Bundle.ACTIVE, alvsjo.getState());
    }

    @Test
    public void onlyTheCoordinatorQuarantinesAndBadRequestsAreRefusedWithAProblem() {
        String path = "/api/admin/committees/alvsjo/quarantine";
        assertEquals(401, as(null, "POST", path, null).statusCode());
        assertProblem(as("editor-alvsjo", "POST", path, null), 403, "coordinator");
        assertProblem(as("lasare", "POST", path, "{}"), 403, "coordinator");
        assertProblem(as("editor-alvsjo", "DELETE", path, null), 403, "coordinator");
        assertProblem(as("samordnare", "POST", "/api/admin/committees/no-such/quarantine", null), 404, "no-such");
        assertProblem(as("samordnare", "DELETE", "/api/admin/committees/no-such/quarantine", null), 404, "no-such");
        assertProblem(as("samordnare", "POST", path, "{\"reason\": \"Gäller 19121212-1212\"}"), 422,
                "personal identity numbers");
        assertProblem(as("samordnare", "POST", path, "{\"reason\": \"" + "x".repeat(1001) + "\"}"), 422, "reason");
        assertEquals(Bundle.ACTIVE, bundle("se.stockholm.vbe.committee.alvsjo").getState());
        assertFalse(http.get("/api/committees/alvsjo").body().contains("quarantine\""));
    }

    @Test
    public void aHangingRuleIsCountedAndReportedNamingItsCommitteeWhichCanBeQuarantined() throws Exception {
        Path file = deploy().resolve("hang-district.jar");
        KarafShell.drop(file, TestBundles.committee("hang-district", "1.0.0").rule("hang-district.hangs", "hang-hard")
                .jar());
        String checks = "/api/committees/hang-district/grant-checks";
        String application = grant("802400-1235", false);
        await("the hanging rule in use").atMost(DEPLOYED).ignoreExceptions().until(() ->
                json(as("samordnare", "POST", checks, application)).get("reasons").size() == 3);

        JsonNode stuck = problem("rules of committee hang-district");

        assertEquals("hang-district", stuck.get("committee").asText());
        assertTrue(stuck.toString(), stuck.get("message").asText().contains("hang-district.hangs: "));
        assertTrue(stuck.toString(), stuck.get("message").asText().contains("can quarantine committee hang-district"));
        assertEquals(200, as("samordnare", "POST", "/api/admin/committees/hang-district/quarantine", null)
                .statusCode());
        await("the stuck calls are no longer its rules' (the bundle stopped)").atMost(DEPLOYED).until(() ->
                !http.get("/api/health").body().contains("rules of committee hang-district"));
        assertTrue(problem("committee hang-district").get("message").asText().contains("in quarantine"));
        assertEquals(204, as("samordnare", "DELETE", "/api/admin/committees/hang-district/quarantine", null)
                .statusCode());
        Files.delete(file);
        awaitGone("se.stockholm.vbe.test.hang.district");
    }

    @Test
    public void aRemovedRulesBreakerIsClearedSoHealthNoLongerNamesIt() throws Exception {
        Path file = deploy().resolve("breaker-district.jar");
        KarafShell.drop(file, TestBundles.committee("breaker-district", "1.0.0").rule("breaker-district.throws",
                "throw").jar());
        String checks = "/api/committees/breaker-district/grant-checks";
        String application = grant("802400-1235", false);
        await("the breaker opened").atMost(DEPLOYED).ignoreExceptions().until(() -> {
            as("samordnare", "POST", checks, application);
            return http.get("/api/health").body().contains("rule breaker-district.throws");
        });

        Files.delete(file);

        await("the breaker went with the rule").atMost(DEPLOYED).until(() ->
                !http.get("/api/health").body().contains("rule breaker-district.throws"));
        awaitGone("se.stockholm.vbe.test.breaker.district");
    }

    /** Waits until fileinstall has uninstalled the bundle, so that no other test sees it change. */
    private void awaitGone(String symbolicName) {
        await(symbolicName + " uninstalled").atMost(DEPLOYED).until(() -> Arrays.stream(context.getBundles())
                .noneMatch(b -> b.getSymbolicName().equals(symbolicName)));
    }

    private JsonNode problem(String source) throws Exception {
        await(source + " in health").atMost(DEPLOYED).until(() -> http.get("/api/health").body()
                .contains("\"source\":\"" + source + "\""));
        for (JsonNode problem : json(http.get("/api/health")).get("problems")) {
            if (problem.get("source").asText().equals(source)) {
                return problem;
            }
        }
        throw new AssertionError(source + " went from health");
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals(symbolicName)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    /** Every bundle by id, with its name, state and when it was last installed or updated. */
    private Map<Long, String> bundles() {
        Map<Long, String> bundles = new TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            bundles.put(bundle.getBundleId(), describe(bundle));
        }
        return bundles;
    }

    private static String describe(Bundle bundle) {
        return bundle.getSymbolicName() + " state " + bundle.getState() + " modified " + bundle.getLastModified();
    }

    private static Path deploy() {
        return Path.of(System.getProperty("karaf.base"), "deploy");
    }
}
