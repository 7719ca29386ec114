package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The plans API over real HTTP in the default distribution, with its demo users and sample committees.
 * Each test works on a year of its own, since they share one Karaf.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlansIT extends VbeKarafTestSupport {

    private static final String RK = "/api/committees/rinkeby-kista/plans/";
    /** Status changes to ADOPTED and APPROVED with the decision record they require. */
    static final String ADOPT = "{\"to\":\"ADOPTED\",\"meetingDate\":\"2019-03-14\","
            + "\"diaryNumber\":\"1.2.3-456/2019\",\"paragraph\":\"§ 12\"}";
    static final String APPROVE = "{\"to\":\"APPROVED\",\"meetingDate\":\"2019-04-02\","
            + "\"diaryNumber\":\"1.2.3-456/2019\",\"paragraph\":\"§ 7\"}";

    @Test
    public void anEditorCreatesAPlanTheCommitteeAdoptsTheCoordinatorApprovesAndThePublicSeesItFollowedUp()
            throws Exception {
        HttpResponse<String> created = as("editor-rinkeby-kista", "PUT", RK + 2020, plan(3));
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElse(""));
        assertEquals(200, as("editor-rinkeby-kista", "POST", RK + "2020/status", ADOPT).statusCode());
        HttpResponse<String> approved = as("samordnare", "POST", RK + "2020/status", APPROVE);
        assertEquals(approved.body(), "APPROVED", json(approved).get("status").asText());
        for (JsonNode activity : json(approved).get("activities")) {
            HttpResponse<String> followUp = as("editor-rinkeby-kista", "PUT",
                    RK + "2020/activities/" + activity.get("id").asLong() + "/follow-ups/T1",
                    "{\"status\":\"DONE\",\"comment\":\"Genomförd enligt plan\"}");
            assertEquals(followUp.body(), 200, followUp.statusCode());
        }

        HttpResponse<String> consolidated = http.get("/api/plans/2020");

        assertEquals(200, consolidated.statusCode());
        JsonNode view = json(consolidated);
        JsonNode rinkeby = committeePlan(view, "rinkeby-kista");
        assertEquals("APPROVED", rinkeby.get("plan").get("status").asText());
        assertEquals(3, rinkeby.get("plan").get("activities").size());
        assertEquals(3, tally(rinkeby.get("followUps"), "T1").get("DONE").asInt());
        assertEquals(3, view.get("summary").get("activitiesPerArea").get("PREVENTIVE").asInt());
        assertEquals(3, tally(view.get("summary").get("followUps"), "T1").get("DONE").asInt());
        assertTrue(view.get("summary").get("committeesWithoutPlan").toString().contains("alvsjo"));
        assertEquals("ARCHIVED", json(http.get(RK + 2019)).get("status").asText());
    }

    @Test
    public void illegalTransitionsAreConflictsThatNameTheAllowedOnes() throws Exception {
        assertEquals(201, as("editor-rinkeby-kista", "PUT", RK + 2041, plan(1)).statusCode());

        HttpResponse<String> skipping = as("samordnare", "POST", RK + "2041/status", APPROVE);
        assertProblem(skipping, 409, "allowed from DRAFT: [ADOPTED]");
        assertProblem(as("lasare", "POST", RK + "2041/status", ADOPT), 403, "editor");
        assertEquals(200, as("editor-rinkeby-kista", "POST", RK + "2041/status", ADOPT).statusCode());
        assertEquals(200, as("editor-rinkeby-kista", "POST", RK + "2041/status", "{\"to\":\"DRAFT\"}").statusCode());
        assertEquals(200, as("editor-rinkeby-kista", "POST", RK + "2041/status", ADOPT).statusCode());
        assertProblem(as("editor-rinkeby-kista", "POST", RK + "2041/status", APPROVE), 403,
                "coordinator");
        assertEquals(200, as("samordnare", "POST", RK + "2041/status", APPROVE).statusCode());
        assertProblem(as("editor-rinkeby-kista", "POST", RK + "2041/status", "{\"to\":\"DRAFT\"}"), 403,
                "coordinator");
        assertEquals(200, as("samordnare", "POST", RK + "2041/status", "{\"to\":\"DRAFT\"}").statusCode());

        JsonNode versions = json(as("lasare", "GET", RK + "2041/versions", null));
        assertEquals("[\"ADOPTED\",\"ADOPTED\",\"APPROVED\"]", statuses(versions));
        JsonNode approved = json(http.call("GET", RK + "2041/versions/3", null, "lasare", "lasare"));
        assertEquals("APPROVED", approved.get("plan").get("status").asText());
        assertEquals("a reopened plan's decisions stay public", 200, http.get(RK + "2041/versions").statusCode());
    }

    @Test
    public void rolesDecideWhoWritesAndWhoSeesDrafts() {
        assertEquals(401, as(null, "PUT", RK + 2042, plan(1)).statusCode());
        assertEquals(403, as("lasare", "PUT", RK + 2042, plan(1)).statusCode());
        assertEquals(403, as("editor-alvsjo", "PUT", RK + 2042, plan(1)).statusCode());
        assertEquals(201, as("samordnare", "PUT", RK + 2042, plan(1)).statusCode());

        assertEquals(404, http.get(RK + 2042).statusCode());
        assertEquals(404, as("editor-alvsjo", "GET", RK + 2042, null).statusCode());
        assertEquals(200, as("lasare", "GET", RK + 2042, null).statusCode());
        assertEquals(200, as("editor-rinkeby-kista", "GET", RK + 2042, null).statusCode());
        assertFalse(http.get("/api/plans/2042").body().contains("rinkeby-kista\",\"committeeName"));
        assertTrue(as("lasare", "GET", "/api/plans/2042", null).body().contains("\"committeeId\":\"rinkeby-kista\""));
    }

    @Test
    public void aStaleETagChangesNothingAndAnExistingPlanNeedsOne() throws Exception {
        HttpResponse<String> created = as("editor-rinkeby-kista", "PUT", RK + 2043, plan(1));
        String etag = created.headers().firstValue("ETag").orElseThrow();

        assertProblem(as("editor-rinkeby-kista", "PUT", RK + 2043, plan(2)), 428, "If-Match");
        HttpResponse<String> replaced = http.call("PUT", RK + 2043, plan(2), "editor-rinkeby-kista", "editor",
                "If-Match", etag);
        assertEquals(replaced.body(), 200, replaced.statusCode());
        assertProblem(http.call("PUT", RK + 2043, plan(3), "editor-rinkeby-kista", "editor", "If-Match", etag),
                412, "has changed");
        assertEquals(2, json(as("editor-rinkeby-kista", "GET", RK + 2043, null)).get("activities").size());
    }

    @Test
    public void conditionalReadsAnswer304() {
        HttpResponse<String> plan = http.get(RK + 2019);
        String etag = plan.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.call("GET", RK + 2019, null, null, null, "If-None-Match", etag).statusCode());

        HttpResponse<String> consolidated = http.get("/api/plans/2019");
        String viewTag = consolidated.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.call("GET", "/api/plans/2019", null, null, null, "If-None-Match", viewTag).statusCode());
        assertEquals(200, http.call("GET", "/api/plans/2019", null, null, null, "If-None-Match", "\"other\"")
                .statusCode());
    }

    @Test
    public void badInputIsRefusedWithAProblemNamingTheFieldAndNothingIsWritten() {
        assertProblem(as("editor-rinkeby-kista", "PUT", RK + 2044, "{\"coordinatorRole\": "), 400, "malformed JSON");
        assertProblem(as("editor-rinkeby-kista", "PUT", RK + 2044, plan(1).replace("PREVENTIVE", "SOMETHING")), 422,
                "activities[0].area");
        assertProblem(as("editor-rinkeby-kista", "PUT", RK + 2044, plan(1).replace("\"title\": \"Trygghetsvandring 1\",",
                "")), 422, "title is required");
        assertProblem(as("editor-rinkeby-kista", "PUT", RK + 2044, plan(1).replace("\"end\": \"2044-05\"",
                "\"end\": \"2043-01\"")), 422, "schedule");
        assertProblem(as("editor-rinkeby-kista", "PUT", RK + 1999, plan(1)), 422, "year");
        assertProblem(as("editor-rinkeby-kista", "PUT", RK + 2044, plan(1).replace("Vandring med polis",
                "Kontakt 811218-9876")), 422, "personal identity numbers are not allowed");
        Http.RawResponse oversize = http.offer("PUT", RK + 2044, "application/json",
                plan(1).replace("Vandring med polis", "x".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8),
                "Authorization", Http.basic("editor-rinkeby-kista", "editor"));
        assertEquals(oversize.body(), 413, oversize.status());
        assertEquals("application/problem+json", oversize.contentType());
        assertTrue(oversize.body(), oversize.body().contains("1 MiB"));
        assertProblem(as("editor-rinkeby-kista", "PUT", "/api/committees/no-such/plans/2044", plan(1)), 404,
                "no committee no-such");
        assertProblem(http.get("/api/plans/2044?area=NOPE"), 400, "area");

        assertEquals(404, as("samordnare", "GET", RK + 2044, null).statusCode());
    }

    @Test
    public void swedishTextSqlAndHtmlComeBackExactlyAsSent() throws Exception {
        String text = "Åtgärder för ökad trygghet i Älvsjö <script>alert('x')</script> '; DROP TABLE activity; --";
        String body = plan(1).replace("Vandring med polis och boende", text);
        assertEquals(201, as("editor-rinkeby-kista", "PUT", RK + 2045, body).statusCode());

        JsonNode stored = json(as("editor-rinkeby-kista", "GET", RK + 2045, null));

        assertEquals(text, stored.get("activities").get(0).get("description").asText());
    }

    @Test
    public void anActivityIsMadeFromACatalogueTemplateInThePlansYear() throws Exception {
        JsonNode catalogue = json(http.get("/api/committees/rinkeby-kista/catalogue?year=2047"));
        JsonNode schoolYear = null;
        for (JsonNode template : catalogue) {
            if (template.get("id").asText().equals("vbe-pa-dagordningen")) {
                schoolYear = template;
            }
        }
        assertEquals("{\"kind\":\"MONTHS\",\"from\":6,\"to\":5}", schoolYear.get("schedule").toString());
        assertEquals("2047-06", schoolYear.get("activity").get("schedule").get("start").asText());
        assertEquals("2048-05", schoolYear.get("activity").get("schedule").get("end").asText());

        as("editor-rinkeby-kista", "PUT", RK + 2047, plan(1));
        HttpResponse<String> added = as("editor-rinkeby-kista", "POST", RK + "2047/activities",
                "{\"templateId\": \"vbe-pa-dagordningen\"}");

        assertEquals(added.body(), 201, added.statusCode());
        JsonNode activity = json(added);
        assertEquals("vbe-pa-dagordningen", activity.get("templateId").asText());
        assertEquals(schoolYear.get("title"), activity.get("title"));
        assertEquals(schoolYear.get("responsible"), activity.get("responsible"));
        assertEquals("2047-06", activity.get("schedule").get("start").asText());
        assertProblem(as("editor-rinkeby-kista", "POST", RK + "2047/activities", "{\"templateId\": \"no-such\"}"),
                422, "has no template no-such");
        assertProblem(http.get("/api/committees/rinkeby-kista/catalogue?year=47"), 422, "year");
    }

    @Test
    public void aDraftsActivitiesAreAddedReplacedAndRemovedUntilItIsAdopted() throws Exception {
        as("editor-rinkeby-kista", "PUT", RK + 2046, plan(1));
        HttpResponse<String> added = as("editor-rinkeby-kista", "POST", RK + "2046/activities", activity(2046, 2));
        assertEquals(added.body(), 201, added.statusCode());
        long id = json(added).get("id").asLong();
        assertTrue(added.headers().firstValue("Location").orElse("").endsWith("/activities/" + id));

        HttpResponse<String> replaced = as("editor-rinkeby-kista", "PUT", RK + "2046/activities/" + id,
                activity(2046, 2).replace("Trygghetsvandring 2", "Föräldraträff"));
        assertEquals("Föräldraträff", json(replaced).get("title").asText());
        assertEquals(204, as("editor-rinkeby-kista", "DELETE", RK + "2046/activities/" + id, null).statusCode());
        assertEquals(1, json(as("editor-rinkeby-kista", "GET", RK + 2046, null)).get("activities").size());

        as("editor-rinkeby-kista", "POST", RK + "2046/status", ADOPT);
        assertProblem(as("editor-rinkeby-kista", "POST", RK + "2046/activities", activity(2046, 3)), 409, "DRAFT");
    }

    @Test
    public void aPlanIsRevisedIntoNextYearsDraftWithoutItsFollowUps() throws Exception {
        as("editor-rinkeby-kista", "PUT", RK + 2047, plan(2));
        as("editor-rinkeby-kista", "POST", RK + "2047/status", ADOPT);
        long first = json(http.get(RK + 2047)).get("activities").get(0).get("id").asLong();
        as("editor-rinkeby-kista", "PUT", RK + "2047/activities/" + first + "/follow-ups/T2", "{\"status\":\"DONE\"}");

        HttpResponse<String> revised = as("editor-rinkeby-kista", "POST", RK + "2047/revision", null);

        assertEquals(revised.body(), 201, revised.statusCode());
        JsonNode next = json(revised);
        assertEquals(2048, next.get("year").asInt());
        assertEquals("DRAFT", next.get("status").asText());
        assertEquals(2, next.get("activities").size());
        assertEquals(0, next.get("activities").get(0).get("followUps").size());
        assertEquals(409, as("editor-rinkeby-kista", "POST", RK + "2047/revision", null).statusCode());
    }

    @Test
    public void theSampleCommitteesAreOnlineWithTheirSeedPlans() throws Exception {
        JsonNode committees = json(http.get("/api/committees"));
        assertEquals("[\"alvsjo\",\"hasselby-vallingby\",\"idrottsnamnden\",\"rinkeby-kista\"]",
                JSON.writeValueAsString(committees.findValuesAsText("id")));
        for (JsonNode committee : committees) {
            assertTrue(committee.toString(), committee.get("online").asBoolean());
        }
        assertEquals("SPECIALIST", json(http.get("/api/committees/idrottsnamnden")).get("kind").asText());
        assertTrue(json(http.get("/api/committees/alvsjo/catalogue")).size() > 0);
        assertEquals(404, http.get("/api/committees/no-such").statusCode());

        JsonNode seeds2018 = json(http.get("/api/plans/2018"));
        assertEquals("APPROVED", committeePlan(seeds2018, "alvsjo").get("plan").get("status").asText());
        assertEquals("APPROVED", committeePlan(seeds2018, "hasselby-vallingby").get("plan").get("status").asText());
        assertEquals(200, http.get("/api/plans/2018/summary").statusCode());
        assertTrue(http.get("/api/openapi.json").body().contains("\"openapi\""));
        assertEquals("[]", json(http.get("/api/health")).get("problems").toString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body(), response.body().contains(detail));
    }

    private static JsonNode committeePlan(JsonNode view, String committeeId) {
        for (JsonNode plan : view.get("plans")) {
            if (plan.get("committeeId").asText().equals(committeeId)) {
                return plan;
            }
        }
        throw new AssertionError(committeeId + " is not in " + view);
    }

    private static JsonNode tally(JsonNode tallies, String period) {
        for (JsonNode tally : tallies) {
            if (tally.get("period").asText().equals(period)) {
                return tally.get("counts");
            }
        }
        throw new AssertionError(period + " is not in " + tallies);
    }

    private static String statuses(JsonNode versions) {
        StringBuilder out = new StringBuilder("[");
        versions.forEach(v -> out.append(out.length() > 1 ? "," : "").append('"').append(v.get("status").asText())
                .append('"'));
        return out.append(']').toString();
    }

    /** A plan document for the year in the path, with {@code activities} activities. */
    static String plan(int activities) {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= activities; i++) {
            list.append(i > 1 ? "," : "").append(activity(2044, i));
        }
        return """
                {"coordinatorRole": "Preventionssamordnare",
                 "nextRevision": "Tertialrapport 1",
                 "situationPicture": {
                   "sections": [{"title": "Kartläggning", "text": "Klotter med vit makt-symboler vid två skolor."}],
                   "incidents": [{"environment": "WHITE_POWER", "source": "POLICE", "count": 5},
                                 {"environment": "ISLAMIST", "source": "OWN_UNITS", "count": 1}]},
                 "activities": [%s]}
                """.formatted(list);
    }

    static String activity(int year, int n) {
        return """
                {"title": "Trygghetsvandring %d", "description": "Vandring med polis och boende", "area": "PREVENTIVE",
                 "responsible": ["Preventionssamordnare"], "partners": ["Polisen"],
                 "schedule": {"start": "%d-06", "end": "%d-05"},
                 "frequency": "2 ggr/år", "followUpIn": ["T1", "T2", "ANNUAL_REPORT"], "followUpSystem": "ILS"}
                """.formatted(n, year - 1, year);
    }
}
