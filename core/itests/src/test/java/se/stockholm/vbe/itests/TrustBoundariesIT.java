package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import javax.inject.Inject;

import org.junit.Before;
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
 * What a hostile or broken committee bundle cannot do to the others, in the default distribution: take over
 * another committee's id or rules, decide another committee's checks, or starve the rules of the city.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrustBoundariesIT extends VbeKarafTestSupport {

    private static final Duration DEPLOYED = Duration.ofSeconds(20);
    private static final String HASSELBY = "se.stockholm.vbe.committee.hasselby-vallingby";

    @Inject
    private ConfigurationAdmin configurations;

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
}
