package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 10 over real HTTP in the default distribution: public records (follow-up history, decision
 * records, a reopened plan that stays public) and secrecy. Each test works on a year of its own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RecordsAndSecrecyIT extends VbeKarafTestSupport {

    private static final String DECISIONS_RK = "/api/committees/rinkeby-kista/plans/";

    @Test
    public void aSecondFollowUpReportKeepsTheFirstInTheHistoryAndBecomesTheCurrentOne() throws Exception {
        long activity = decisionsAdopted(2060, 1).get("activities").get(0).get("id").asLong();
        String followUp = DECISIONS_RK + "2060/activities/" + activity + "/follow-ups/T1";
        assertEquals(200, as("editor-rinkeby-kista", "PUT", followUp,
                "{\"status\":\"IN_PROGRESS\",\"comment\":\"Första vandringen gjord\"}").statusCode());
        assertEquals(200, as("samordnare", "PUT", followUp, "{\"status\":\"DONE\",\"comment\":\"Båda gjorda\"}")
                .statusCode());

        HttpResponse<String> history = http.get(followUp + "/history");

        assertEquals(history.body(), 200, history.statusCode());
        JsonNode reports = decisionsJson(history);
        assertEquals(2, reports.size());
        assertEquals("IN_PROGRESS", reports.get(0).get("status").asText());
        assertEquals("editor-rinkeby-kista", reports.get(0).get("recordedBy").asText());
        assertEquals("Första vandringen gjord", reports.get(0).get("comment").asText());
        assertEquals("DONE", reports.get(1).get("status").asText());
        assertEquals("samordnare", reports.get(1).get("recordedBy").asText());
        JsonNode current = decisionsJson(http.get(DECISIONS_RK + 2060)).get("activities").get(0).get("followUps");
        assertEquals(1, current.size());
        assertEquals(reports.get(1), current.get(0));
        assertEquals(404, http.get(DECISIONS_RK + "2060/activities/" + (activity + 10_000) + "/follow-ups/T1/history")
                .statusCode());
    }

    @Test
    public void theDecisionRecordIsStoredWithEachVersionAndShownInTheConsolidatedView() throws Exception {
        decisionsAdopted(2062, 1);
        assertEquals(200, as("samordnare", "POST", DECISIONS_RK + "2062/status", "{\"to\":\"APPROVED\","
                + "\"meetingDate\":\"2019-04-02\",\"diaryNumber\":\"155-943/2019\",\"paragraph\":\"§7\"}").statusCode());

        JsonNode versions = decisionsJson(http.get(DECISIONS_RK + "2062/versions"));

        assertEquals("2019-03-14", versions.get(0).get("meetingDate").asText());
        assertEquals("1.2.3-456/2019", versions.get(0).get("diaryNumber").asText());
        assertEquals("§ 12", versions.get(0).get("paragraph").asText());
        assertEquals("2019-04-02", versions.get(1).get("meetingDate").asText());
        assertEquals("155-943/2019", versions.get(1).get("diaryNumber").asText());
        assertEquals("normalised to one space after §", "§ 7", versions.get(1).get("paragraph").asText());
        JsonNode decisions = decisionsCommitteePlan(decisionsJson(http.get("/api/plans/2062")), "rinkeby-kista")
                .get("decisions");
        assertEquals(versions, decisions);
    }

    @Test
    public void aMalformedDiaryNumberOrAMeetingNotYetHeldIsRefusedNamingTheFieldAndNothingIsWritten()
            throws Exception {
        assertEquals(201, as("editor-rinkeby-kista", "PUT", DECISIONS_RK + 2064, PlansIT.plan(1)).statusCode());
        String status = DECISIONS_RK + "2064/status";

        decisionsAssertProblem(as("editor-rinkeby-kista", "POST", status, "{\"to\":\"ADOPTED\","
                + "\"meetingDate\":\"2019-03-14\",\"diaryNumber\":\"Dnr tolv\",\"paragraph\":\"§ 12\"}"), 422,
                "diaryNumber");
        decisionsAssertProblem(as("editor-rinkeby-kista", "POST", status, "{\"to\":\"ADOPTED\","
                + "\"meetingDate\":\"" + LocalDate.now().plusDays(3) + "\",\"diaryNumber\":\"1.2.3-456/2019\","
                + "\"paragraph\":\"§ 12\"}"), 422, "meetingDate");
        decisionsAssertProblem(as("editor-rinkeby-kista", "POST", status, "{\"to\":\"ADOPTED\","
                + "\"meetingDate\":\"2019-02-30\",\"diaryNumber\":\"1.2.3-456/2019\",\"paragraph\":\"§ 12\"}"), 422,
                "meetingDate");
        decisionsAssertProblem(as("editor-rinkeby-kista", "POST", status, "{\"to\":\"ADOPTED\","
                + "\"meetingDate\":\"2019-03-14\",\"diaryNumber\":\"1.2.3-456/2019\",\"paragraph\":\"tolv\"}"), 422,
                "paragraph");
        decisionsAssertProblem(as("editor-rinkeby-kista", "POST", status, "{\"to\":\"ADOPTED\"}"), 422,
                "meetingDate");

        HttpResponse<String> unchanged = as("editor-rinkeby-kista", "GET", DECISIONS_RK + 2064, null);
        assertEquals("DRAFT", decisionsJson(unchanged).get("status").asText());
        assertEquals("\"1\"", unchanged.headers().firstValue("ETag").orElse(""));
        assertEquals("[]", as("editor-rinkeby-kista", "GET", DECISIONS_RK + "2064/versions", null).body());
        assertEquals(404, http.get(DECISIONS_RK + 2064).statusCode());
    }

    @Test
    public void aReopenedApprovedPlanStaysReadableAndCountedWhileTheEditorEditsTheDraftUntilItIsAdoptedAgain()
            throws Exception {
        decisionsAdopted(2066, 3);
        JsonNode approved = decisionsJson(as("samordnare", "POST", DECISIONS_RK + "2066/status", PlansIT.APPROVE));
        long first = approved.get("activities").get(0).get("id").asLong();
        assertEquals(200, as("editor-rinkeby-kista", "PUT", DECISIONS_RK + "2066/activities/" + first
                + "/follow-ups/T1", "{\"status\":\"DONE\"}").statusCode());

        HttpResponse<String> reopened = as("samordnare", "POST", DECISIONS_RK + "2066/status", "{\"to\":\"DRAFT\"}");
        assertEquals(reopened.body(), 200, reopened.statusCode());

        HttpResponse<String> publicRead = http.get(DECISIONS_RK + 2066);
        assertEquals(publicRead.body(), 200, publicRead.statusCode());
        JsonNode decided = decisionsJson(publicRead);
        assertEquals("APPROVED", decided.get("status").asText());
        assertEquals(3, decided.get("activities").size());
        assertEquals("DONE", decided.get("activities").get(0).get("followUps").get(0).get("status").asText());
        assertEquals("DRAFT", decided.get("revision").get("status").asText());
        assertEquals("samordnare", decided.get("revision").get("by").asText());
        assertTrue(decided.get("revision").has("since"));
        JsonNode summary = decisionsJson(http.get("/api/plans/2066/summary"));
        assertEquals(1, summary.get("committees").asInt());
        assertEquals(3, summary.get("activities").asInt());
        assertFalse(summary.get("committeesWithoutPlan").toString().contains("rinkeby-kista"));
        assertEquals("APPROVED", decisionsCommitteePlan(decisionsJson(http.get("/api/plans/2066")), "rinkeby-kista")
                .get("plan").get("status").asText());

        HttpResponse<String> draft = as("editor-rinkeby-kista", "GET", DECISIONS_RK + 2066, null);
        assertEquals("DRAFT", decisionsJson(draft).get("status").asText());
        HttpResponse<String> edited = http.call("PUT", DECISIONS_RK + 2066, PlansIT.plan(1), "editor-rinkeby-kista",
                "editor", "If-Match", draft.headers().firstValue("ETag").orElseThrow());
        assertEquals(edited.body(), 200, edited.statusCode());
        HttpResponse<String> stillDecided = http.get(DECISIONS_RK + 2066);
        assertEquals(3, decisionsJson(stillDecided).get("activities").size());
        assertEquals(decisionsJson(edited).get("version").asLong(),
                decisionsJson(stillDecided).get("revision").get("version").asLong());
        assertNotEquals(publicRead.headers().firstValue("ETag"), stillDecided.headers().firstValue("ETag"));
        assertEquals("APPROVED", decisionsJson(as("editor-rinkeby-kista", "GET", DECISIONS_RK + "2066?view=decided",
                null)).get("status").asText());
        assertEquals(400, http.get(DECISIONS_RK + "2066?view=other").statusCode());

        assertEquals(200, as("editor-rinkeby-kista", "POST", DECISIONS_RK + "2066/status", PlansIT.ADOPT)
                .statusCode());

        JsonNode readopted = decisionsJson(http.get(DECISIONS_RK + 2066));
        assertEquals("ADOPTED", readopted.get("status").asText());
        assertEquals(1, readopted.get("activities").size());
        assertFalse(readopted.has("revision"));
        assertEquals(1, decisionsJson(http.get("/api/plans/2066/summary")).get("activities").asInt());
    }

    /** A plan of Rinkeby-Kista with {@code activities} activities, adopted with its decision record. */
    private JsonNode decisionsAdopted(int year, int activities) throws Exception {
        HttpResponse<String> created = as("editor-rinkeby-kista", "PUT", DECISIONS_RK + year, PlansIT.plan(activities));
        assertEquals(created.body(), 201, created.statusCode());
        HttpResponse<String> adopted = as("editor-rinkeby-kista", "POST", DECISIONS_RK + year + "/status",
                PlansIT.ADOPT);
        assertEquals(adopted.body(), 200, adopted.statusCode());
        return decisionsJson(adopted);
    }

    private static JsonNode decisionsJson(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void decisionsAssertProblem(HttpResponse<String> response, int status, String detail) {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body(), response.body().contains(detail));
    }

    private static JsonNode decisionsCommitteePlan(JsonNode view, String committeeId) {
        for (JsonNode plan : view.get("plans")) {
            if (plan.get("committeeId").asText().equals(committeeId)) {
                return plan;
            }
        }
        throw new AssertionError(committeeId + " is not in " + view);
    }
}
