package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import se.stockholm.vbe.itests.committee.TestBundles;

/**
 * Grant and premises checks, the stop list and per-committee features, over HTTP in the default
 * distribution with its sample committees and rules. Organisation numbers differ per test: they share
 * one Karaf, and with it one stop list.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GrantChecksIT extends VbeKarafTestSupport {

    private static final Duration DEPLOYED = Duration.ofSeconds(20);

    @Inject
    private ConfigurationAdmin configurations;

    @Test
    public void aReligiousAssociationIsRejectedInHasselbyVallingbyButNotOnThatGroundInAlvsjo() throws Exception {
        String application = grant("802411-1117", true);

        JsonNode hasselby = json(as("editor-hasselby-vallingby", "POST",
                "/api/committees/hasselby-vallingby/grant-checks", application));
        JsonNode alvsjo = json(as("editor-alvsjo", "POST", "/api/committees/alvsjo/grant-checks", application));

        assertEquals("REJECT", hasselby.get("decision").asText());
        assertEquals("FAIL", reason(hasselby, "hasselby-vallingby.unaffiliated").get("outcome").asText());
        assertTrue(reason(hasselby, "hasselby-vallingby.unaffiliated").get("message").asText().contains("religiöst"));
        assertEquals("APPROVE", alvsjo.get("decision").asText());
        assertEquals("[\"stad.demokrativillkor\",\"stad.stopplista\"]",
                JSON.writeValueAsString(alvsjo.get("reasons").findValuesAsText("rule")));
        long id = hasselby.get("id").asLong();
        assertEquals(hasselby, json(as("lasare", "GET", "/api/committees/hasselby-vallingby/grant-checks/" + id, null)));
    }

    /**
     * "För hyra av förvaltningens lokaler gäller samma krav på att föreningen ska arbeta utifrån den demokratiska
     * rättsstatens principer och mänskliga rättigheter som vid ansökan om föreningsbidrag": Hässelby-Vällingby's
     * plan asks nothing more of premises, so the same religious association may book where its grant is refused.
     */
    @Test
    public void aReligiousAssociationMayBookHasselbyVallingbysPremisesButGetsNoGrant() throws Exception {
        String booking = """
                {"type": "PREMISES_RENTAL",
                 "organisation": {"name": "Församlingen Exempel", "organisationNumber": "802466-6664",
                                  "religiousAffiliation": true, "politicalAffiliation": false},
                 "purpose": "Föreningsmöte", "targetsResidents": false,
                 "declarations": {"democracy": true, "humanRights": true, "genderEquality": true, "nonViolence": true},
                 "premises": "Träffpunkt Hässelby", "date": "2026-12-12", "bookedBy": "ORGANISATION"}
                """;
        String checks = "/api/committees/hasselby-vallingby/grant-checks";

        JsonNode premises = json(as("editor-hasselby-vallingby", "POST", checks, booking));
        JsonNode grant = json(as("editor-hasselby-vallingby", "POST", checks, grant("802466-6664", true)
                .replace("\"nonViolence\": true}", "\"nonViolence\": true, \"diversityAndEqualTreatment\": false}")));

        assertEquals("APPROVE", premises.get("decision").asText());
        assertEquals("[\"stad.demokrativillkor\",\"stad.stopplista\"]",
                JSON.writeValueAsString(premises.get("reasons").findValuesAsText("rule")));
        assertEquals("REJECT", grant.get("decision").asText());
        assertEquals("FAIL", reason(grant, "hasselby-vallingby.unaffiliated").get("outcome").asText());
        assertEquals("FAIL", reason(grant, "hasselby-vallingby.diversity-and-equal-treatment").get("outcome").asText());
    }

    @Test
    public void theCoordinatorSwitchesFeaturesAndADisabledCheckAnswers403() throws Exception {
        String application = grant("802422-2229", false);
        String off = "{\"enabled\": false}";
        String feature = "/api/admin/committees/alvsjo/features/association-grant-check";
        assertEquals(401, as(null, "PUT", feature, off).statusCode());
        assertEquals(403, as("editor-alvsjo", "PUT", feature, off).statusCode());
        assertEquals(403, as("lasare", "PUT", feature, off).statusCode());
        assertEquals(404, as("samordnare", "PUT", "/api/admin/committees/alvsjo/features/no-such", off).statusCode());

        assertEquals(200, as("samordnare", "PUT", feature, off).statusCode());
        HttpResponse<String> refused = as("editor-alvsjo", "POST", "/api/committees/alvsjo/grant-checks", application);

        assertEquals(403, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("feature association-grant-check is not enabled for "
                + "committee alvsjo"));
        assertTrue(http.get("/api/committees/alvsjo").body().contains("\"features\":[\"premises-rental-check\""));
        assertEquals(200, as("editor-alvsjo", "GET", "/api/committees/alvsjo/grant-checks", null).statusCode());
        assertEquals(200, as("samordnare", "PUT", feature, "{\"enabled\": true}").statusCode());
        assertEquals(201, as("editor-alvsjo", "POST", "/api/committees/alvsjo/grant-checks", application).statusCode());
    }

    @Test
    public void theStopListAndReclaimsKeepAnOrganisationAway() throws Exception {
        String listed = "{\"organisationNumber\": \"802433-3331\", \"name\": \"Föreningen Stopp\", "
                + "\"reason\": \"Våldsbejakande extremism konstaterad\", \"decisionReference\": \"Dnr 1-2026\"}";
        assertEquals(403, as("editor-rinkeby-kista", "POST", "/api/admin/stop-list", listed).statusCode());
        assertEquals(201, as("samordnare", "POST", "/api/admin/stop-list", listed).statusCode());
        assertEquals(409, as("samordnare", "POST", "/api/admin/stop-list", listed).statusCode());
        JsonNode rejected = json(as("editor-rinkeby-kista", "POST", "/api/committees/rinkeby-kista/grant-checks",
                grant("802433-3331", false)));
        assertEquals("REJECT", rejected.get("decision").asText());
        assertTrue(reason(rejected, "stad.stopplista").get("message").asText().contains("Dnr 1-2026"));
        assertEquals(204, as("samordnare", "DELETE", "/api/admin/stop-list/802433-3331", null).statusCode());
        assertEquals(404, as("samordnare", "DELETE", "/api/admin/stop-list/802433-3331", null).statusCode());
        assertProblem(as("samordnare", "DELETE", "/api/admin/stop-list/not-a-number", null), 422, "organisationNumber");

        JsonNode granted = json(as("editor-rinkeby-kista", "POST", "/api/committees/rinkeby-kista/grant-checks",
                grant("802444-4443", false)));
        assertEquals("APPROVE", granted.get("decision").asText());
        HttpResponse<String> reclaim = as("editor-rinkeby-kista", "POST", "/api/committees/rinkeby-kista/grant-checks/"
                + granted.get("id").asLong() + "/reclaim", "{\"reason\": \"Bidraget gick till våldsbejakande "
                + "verksamhet\", \"decisionReference\": \"Dnr 2-2026\"}");
        assertEquals(reclaim.body(), 200, reclaim.statusCode());
        assertEquals("Dnr 2-2026", json(reclaim).get("reclaim").get("decisionReference").asText());
        assertTrue(as("samordnare", "GET", "/api/admin/stop-list", null).body().contains("802444-4443"));
        assertEquals("REJECT", json(as("editor-rinkeby-kista", "POST", "/api/committees/rinkeby-kista/grant-checks",
                grant("802444-4443", false))).get("decision").asText());
    }

    @Test
    public void badApplicationsAreRefusedWithTheFieldNamedAndNothingIsStored() throws Exception {
        int before = json(as("editor-alvsjo", "GET", "/api/committees/alvsjo/grant-checks", null)).size();
        String valid = grant("802455-5552", false);

        assertProblem(as("editor-alvsjo", "POST", "/api/committees/alvsjo/grant-checks",
                valid.replace("802455-5552", "802455-5553")), 422, "wrong check digit");
        assertProblem(as("editor-alvsjo", "POST", "/api/committees/alvsjo/grant-checks",
                valid.replace("\"nonViolence\": true", "\"nonViolence\": null")), 422, "nonViolence is required");
        assertProblem(as("editor-alvsjo", "POST", "/api/committees/alvsjo/grant-checks",
                valid.replace("ASSOCIATION_GRANT", "LOTTERY")), 422, "type");
        assertProblem(as("editor-alvsjo", "POST", "/api/committees/no-such/grant-checks", valid), 404, "no-such");
        assertProblem(as("editor-rinkeby-kista", "POST", "/api/committees/alvsjo/grant-checks", valid), 403, "alvsjo");
        assertEquals(401, as(null, "POST", "/api/committees/alvsjo/grant-checks", valid).statusCode());

        assertEquals(before, json(as("editor-alvsjo", "GET", "/api/committees/alvsjo/grant-checks", null)).size());
    }

    @Test
    public void aPrivateBookingOfASportsFacilityGoesToACaseOfficer() throws Exception {
        String booking = """
                {"type": "PREMISES_RENTAL",
                 "organisation": {"name": "Föreningen Exempel", "organisationNumber": "556036-0793",
                                  "religiousAffiliation": false, "politicalAffiliation": false},
                 "purpose": "Föreläsning", "targetsResidents": true,
                 "declarations": {"democracy": true, "humanRights": true, "genderEquality": true, "nonViolence": true},
                 "premises": "Husbyhallen", "date": "2026-12-12", "bookedBy": "PRIVATE_PERSON"}
                """;

        JsonNode check = json(as("editor-idrottsnamnden", "POST", "/api/committees/idrottsnamnden/grant-checks",
                booking));

        assertEquals("REVIEW", check.get("decision").asText());
        assertEquals("REVIEW", reason(check, "idrottsnamnden.private-booking").get("outcome").asText());
    }

    @Test
    public void aMisbehavingRuleGivesReviewIsReportedAndFailsClosedWhenItIsGone() throws Exception {
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Path bundle = deploy.resolve("rule-district.jar");
        KarafShell.drop(bundle, TestBundles.committee("rule-district", "1.0.0")
                .rule("rule-district.test-throws", "throw").rule("rule-district.test-hangs", "hang").jar());
        String checks = "/api/committees/rule-district/grant-checks";
        String application = grant("802400-1235", false);
        await("both test rules in use").atMost(DEPLOYED).ignoreExceptions().until(() -> json(as("samordnare",
                "POST", checks, application)).get("reasons").size() == 4);

        JsonNode check = json(as("samordnare", "POST", checks, application));
        assertEquals("REVIEW", check.get("decision").asText());
        assertTrue(reason(check, "rule-district.test-throws").get("message").asText().contains("the test rule throws"));
        assertTrue(reason(check, "rule-district.test-hangs").get("message").asText().contains("did not answer"));
        await("the breakers opened").atMost(DEPLOYED).until(() -> {
            as("samordnare", "POST", checks, application);
            return http.get("/api/health").body().contains("rule rule-district.test-throws");
        });
        assertEquals("DEGRADED", json(http.get("/api/health")).get("status").asText());

        Files.delete(bundle);
        await("the rules gone").atMost(DEPLOYED).until(() -> json(as("samordnare", "POST", checks, application))
                .toString().contains("inte tillgänglig"));
        JsonNode failedClosed = json(as("samordnare", "POST", checks, application));
        assertEquals("REVIEW", failedClosed.get("decision").asText());
        for (String rule : new String[] {"rule-district.test-throws", "rule-district.test-hangs"}) {
            assertEquals(200, as("samordnare", "PUT", "/api/admin/committees/rule-district/features/" + rule,
                    "{\"enabled\": false}").statusCode());
        }
        assertEquals("APPROVE", json(as("samordnare", "POST", checks, application)).get("decision").asText());
    }

    @Test
    public void aRuleNamedAgainstTheConventionIsNamedInHealthAndTheCommitteesOtherRulesStillRun() throws Exception {
        Path bundle = Path.of(System.getProperty("karaf.base"), "deploy", "naming-district.jar");
        KarafShell.drop(bundle, TestBundles.committee("naming-district", "1.0.0").rule("naming-district.fine", "pass")
                .rule("naming-district.Obunden_Forening", "pass").rule("naming-district-typo", "pass").jar());
        String convention = " does not follow the convention <committee-id>.<name>: it must start with its "
                + "committee's id naming-district.";
        await("both misnamed rules reported").atMost(DEPLOYED).until(() -> {
            String health = http.get("/api/health").body();
            return health.contains("rule id naming-district.Obunden_Forening" + convention)
                    && health.contains("rule id naming-district-typo" + convention);
        });
        String checks = "/api/committees/naming-district/grant-checks";
        String application = grant("802400-1235", false);
        await("the well-named rule in use").atMost(DEPLOYED).ignoreExceptions().until(() -> json(as("samordnare",
                "POST", checks, application)).get("reasons").size() == 3);

        JsonNode check = json(as("samordnare", "POST", checks, application));

        assertEquals("APPROVE", check.get("decision").asText());
        assertEquals("PASS", reason(check, "naming-district.fine").get("outcome").asText());
        String features = json(as("samordnare", "GET", "/api/admin/committees/naming-district/features", null))
                .toString();
        assertTrue(features, features.contains("\"id\":\"naming-district.fine\""));
        assertFalse("a refused rule is no feature: " + features, features.contains("Obunden_Forening")
                || features.contains("naming-district-typo"));
        Files.delete(bundle);
        await("the report gone with the bundle").atMost(DEPLOYED)
                .until(() -> !http.get("/api/health").body().contains("naming-district"));
    }

    @Test
    public void theShellSwitchesFeaturesToo() throws Exception {
        KarafShell.execute(configurations, "vbe:feature-disable hasselby-vallingby premises-rental-check");
        assertTrue(json(as("samordnare", "GET", "/api/admin/committees/hasselby-vallingby/features", null)).toString()
                .contains("\"id\":\"premises-rental-check\""));
        assertTrue(KarafShell.execute(configurations, "vbe:feature-list hasselby-vallingby")
                .matches("(?s).*premises-rental-check\\s*\\|\\s*no.*"));
        KarafShell.execute(configurations, "vbe:feature-enable hasselby-vallingby premises-rental-check");
        assertTrue(http.get("/api/committees/hasselby-vallingby").body().contains("premises-rental-check"));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertTrue(response.body(), response.statusCode() < 300);
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertEquals(response.body(), status, response.statusCode());
        assertTrue(response.body(), response.body().contains(detail));
    }
}
