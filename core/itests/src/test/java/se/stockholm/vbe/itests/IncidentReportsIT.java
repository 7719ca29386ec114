package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static se.stockholm.vbe.itests.Answers.assertProblem;
import static se.stockholm.vbe.itests.Answers.json;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * De-identified incident reports (blankett för avidentifierad information) over real HTTP in the distribution: a
 * report through its review into the committee's figures, the plan's situation picture and the city's public
 * summary (suppressed while small); descriptions that identify someone refused, each saying what to remove; the
 * reports read by the committee's editors and the coordinator only; bad input refused with nothing written.
 * Only {@link #aReportGoesThroughReviewIntoTheFiguresThePlanAndThePublicSummary} accepts reports, so its counts are
 * its own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IncidentReportsIT extends VbeKarafTestSupport {

    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Europe/Stockholm"));
    private static final int YEAR = THIS_MONTH.getYear();

    /** A description and the Swedish words its refusal uses: each kind of identifier the form refuses. */
    private static final String[][] IDENTIFIERS = {
        {"Eleven med personnummer 19811218-9876 sa att han ska åka", "personnummer"},
        {"Eleven har personnummer 811218–9876 skrivet i boken", "personnummer"},
        {"Kontakta mamman på anna.svensson@example.se om oron", "e-postadress"},
        {"Ring pappan på 070-123 45 67 om det händer igen", "telefonnummer"},
        {"Numret +46 8 508 000 00 fanns på flygbladet", "telefonnummer"},
        {"Familjen bor på Storgatan 12 och sonen har åkt", "gatuadress"},
        {"Klotter utanför Rinkebystråket 5B i morse", "gatuadress"},
    };

    private static String report(String month, String actions, String description) {
        return """
                {"month": "%s", "environment": "ISLAMIST", "type": "RECRUITMENT", "placeType": "YOUTH_CENTRE",
                 "source": "OWN_UNITS", "actions": [%s], "description": "%s"}
                """.formatted(month, actions, description);
    }

    private static String report(String description) {
        return report(THIS_MONTH.toString(), "\"SOCIAL_SERVICES_REPORT\", \"IA_REPORT\"", description);
    }

    private HttpResponse<String> submit(String committee, String body) {
        return as("rapportor", "POST", "/api/committees/" + committee + "/incident-reports", body);
    }

    private int reportsOf(String committee) throws Exception {
        return json(as("samordnare", "GET", "/api/committees/" + committee + "/incident-reports?limit=500", null))
                .size();
    }

    private HttpResponse<String> review(String committee, long id, String body) {
        return as("editor-" + committee, "POST", "/api/committees/" + committee + "/incident-reports/" + id
                + "/review", body);
    }

    private long submitted(String committee, String description) throws Exception {
        HttpResponse<String> response = submit(committee, report(description));
        assertEquals(response.body(), 201, response.statusCode());
        return json(response).get("id").asLong();
    }

    private JsonNode publicReportTotals() throws Exception {
        return json(as(null, "GET", "/api/plans/" + YEAR + "/summary", null)).get("acceptedReports");
    }

    @Test
    public void aReportGoesThroughReviewIntoTheFiguresThePlanAndThePublicSummary() throws Exception {
        HttpResponse<String> created = submit("hasselby-vallingby", report("Försök att värva unga vid fritidsgården"));
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode report = json(created);
        assertEquals("SUBMITTED", report.get("status").asText());
        assertFalse("the reporter gets no identity back", report.has("submittedBy"));
        long first = report.get("id").asLong();

        JsonNode listed = json(as("editor-hasselby-vallingby", "GET",
                "/api/committees/hasselby-vallingby/incident-reports", null));
        assertEquals("rapportor", listed.get(0).get("submittedBy").asText());
        assertEquals(first, listed.get(0).get("id").asLong());

        JsonNode accepted = json(review("hasselby-vallingby", first, "{\"decision\": \"ACCEPT\"}"));
        assertEquals("ACCEPTED", accepted.get("status").asText());
        assertEquals("editor-hasselby-vallingby", accepted.get("reviewedBy").asText());
        assertProblem(review("hasselby-vallingby", first, "{\"decision\": \"ACCEPT\"}"), 409, "already reviewed");

        JsonNode totals = publicReportTotals();
        assertEquals("one report is suppressed in public", "<3", totals.get("thisYear").get("total").asText());
        assertEquals(1, json(as("samordnare", "GET", "/api/plans/" + YEAR + "/summary", null))
                .get("acceptedReports").get("thisYear").get("total").asInt());

        review("hasselby-vallingby", submitted("hasselby-vallingby", "Flygblad om värvning i entrén"),
                "{\"decision\": \"ACCEPT\"}");
        review("hasselby-vallingby", submitted("hasselby-vallingby", "Samtal om att resa till konfliktområde"),
                "{\"decision\": \"ACCEPT\"}");
        HttpResponse<String> summary = as(null, "GET", "/api/plans/" + YEAR + "/summary", null);
        assertEquals(3, json(summary).get("acceptedReports").get("thisYear").get("total").asInt());
        assertEquals("per environment and type withheld while one committee has reports", "..",
                json(summary).get("acceptedReports").get("thisYear").get("perEnvironmentAndType").get("ISLAMIST")
                        .get("RECRUITMENT").asText());
        assertFalse(summary.body().contains("rapportor"));

        JsonNode figures = json(as("editor-hasselby-vallingby", "GET",
                "/api/committees/hasselby-vallingby/incident-reports/figures?year=" + YEAR, null));
        assertEquals(3, figures.get("accepted").asInt());
        assertEquals(3, figures.get("notTakenOver").asInt());
        JsonNode count = figures.get("counts").get(0);
        assertEquals(3, count.get("count").asInt());
        assertEquals("T" + ((THIS_MONTH.getMonthValue() - 1) / 4 + 1), count.get("period").asText());

        HttpResponse<String> plan = as("editor-hasselby-vallingby", "PUT", "/api/committees/hasselby-vallingby/plans/"
                + YEAR, PlansIT.plan(1));
        assertEquals(plan.body(), 201, plan.statusCode());
        String etag = plan.headers().firstValue("ETag").orElseThrow();
        String takeOver = "/api/committees/hasselby-vallingby/plans/" + YEAR + "/situation/report-figures";
        assertEquals(428, as("editor-hasselby-vallingby", "POST", takeOver, null).statusCode());
        assertEquals(403, http.call("POST", takeOver, null, "editor-alvsjo", "editor", "If-Match", etag).statusCode());
        HttpResponse<String> taken = http.call("POST", takeOver, null, "editor-hasselby-vallingby", "editor",
                "If-Match", etag);
        assertEquals(taken.body(), 200, taken.statusCode());
        JsonNode incidents = json(taken).get("situationPicture").get("incidents");
        assertEquals(incidents.toString(), 3, incidents.size());
        assertEquals(3, incidents.get(2).get("count").asInt());
        assertEquals("RECRUITMENT", incidents.get(2).get("type").asText());
        assertFalse(taken.body().contains("rapportor"));
        assertEquals("the old ETag is stale", 412, http.call("POST", takeOver, null, "editor-hasselby-vallingby",
                "editor", "If-Match", etag).statusCode());
        assertProblem(http.call("POST", takeOver, null, "editor-hasselby-vallingby", "editor", "If-Match",
                taken.headers().firstValue("ETag").orElseThrow()), 409, "no accepted incident reports");
        assertEquals(0, json(as("editor-hasselby-vallingby", "GET",
                "/api/committees/hasselby-vallingby/incident-reports/figures?year=" + YEAR, null))
                .get("notTakenOver").asInt());
        assertEquals(YEAR, json(as("samordnare", "GET", "/api/committees/hasselby-vallingby/incident-reports", null))
                .get(0).get("takenOverInto").asInt());

        String audit = as("samordnare", "GET", "/api/audit?committee=hasselby-vallingby", null).body();
        assertTrue(audit, audit.contains("incident-report-review"));
        assertFalse("the reporter is in no audit entry", audit.contains("rapportor"));
    }

    @Test
    public void eachIdentifierInADescriptionIsRefusedSayingWhatToRemoveAndNothingIsWritten() throws Exception {
        int before = reportsOf("alvsjo");
        for (String[] row : IDENTIFIERS) {
            HttpResponse<String> refused = submit("alvsjo", report(row[0]));

            assertProblem(refused, 422, row[1]);
            assertTrue(refused.body(), refused.body().contains("\"field\":\"description\""));
            assertFalse("the refusal does not repeat the text", refused.body().contains(row[0]));
        }
        assertEquals(before, reportsOf("alvsjo"));
        assertEquals(201, submit("alvsjo", report("Klotter med vit makt-symboler i trapphuset, 3 st")).statusCode());
    }

    @Test
    public void fieldsThatCouldIdentifySomeoneDoNotExistOnTheForm() throws Exception {
        int before = reportsOf("alvsjo");
        String withName = report("Oro för en elev").replace("{", "{\"name\": \"Anna\", \"age\": 15, ");

        HttpResponse<String> refused = submit("alvsjo", withName);

        assertProblem(refused, 422, "name");
        assertTrue(refused.body(), refused.body().contains("age"));
        assertEquals(before, reportsOf("alvsjo"));
    }

    @Test
    public void onlyTheCommitteesEditorsAndTheCoordinatorReadItsReports() throws Exception {
        submitted("rinkeby-kista", "Hot mot personal vid biblioteket");
        String path = "/api/committees/rinkeby-kista/incident-reports";

        assertEquals(200, as("editor-rinkeby-kista", "GET", path, null).statusCode());
        assertEquals(200, as("samordnare", "GET", path, null).statusCode());
        assertProblem(as("editor-alvsjo", "GET", path, null), 403, "editors");
        assertEquals(403, as("lasare", "GET", path, null).statusCode());
        assertEquals(403, as("rapportor", "GET", path, null).statusCode());
        assertEquals(401, as(null, "GET", path, null).statusCode());
        assertEquals(403, as("editor-alvsjo", "GET", path + "/figures?year=" + YEAR, null).statusCode());
    }

    @Test
    public void badInputIsRefusedAsAProblemAndNothingIsWritten() throws Exception {
        int before = reportsOf("alvsjo");

        assertProblem(submit("alvsjo", report("Klotter").replace("RECRUITMENT", "BURGLARY")), 422, "\"field\":\"type\"");
        assertProblem(submit("alvsjo", report(THIS_MONTH.plusMonths(1).toString(), "\"NONE\"", "Klotter")), 422,
                "month");
        assertProblem(submit("alvsjo", report(THIS_MONTH.minusYears(30).toString(), "\"NONE\"", "Klotter")), 422,
                "month");
        assertProblem(submit("alvsjo", report(THIS_MONTH.toString(), "", "Klotter")), 422, "actions");
        assertProblem(submit("alvsjo", report(THIS_MONTH.toString(), "\"NONE\", \"POLICE_REPORT\"", "Klotter")), 422,
                "actions");
        assertProblem(submit("alvsjo", report(THIS_MONTH.toString(), "\"NONE\"", "x".repeat(1001))), 422,
                "description");
        assertProblem(submit("atlantis", report("Klotter")), 404, "atlantis");
        assertEquals(401, as(null, "POST", "/api/committees/alvsjo/incident-reports", report("Klotter"))
                .statusCode());
        assertEquals(before, reportsOf("alvsjo"));
    }

    @Test
    public void aReviewIsForTheCommitteesEditorsAndNeedsWhatItsDecisionNeeds() throws Exception {
        long id = submitted("alvsjo", "Uttryckta åsikter om våld i klassrummet");
        long other = submitted("alvsjo", "Samma uttalande, rapporterat av en kollega");
        String path = "/api/committees/alvsjo/incident-reports/" + id + "/review";

        assertEquals(403, as("editor-rinkeby-kista", "POST", path, "{\"decision\": \"ACCEPT\"}").statusCode());
        assertEquals(403, as("rapportor", "POST", path, "{\"decision\": \"ACCEPT\"}").statusCode());
        assertEquals(403, as("samordnare", "POST", path, "{\"decision\": \"ACCEPT\"}").statusCode());
        assertProblem(review("alvsjo", id, "{\"decision\": \"REJECT\"}"), 422, "reason");
        assertProblem(review("alvsjo", id, "{\"decision\": \"MAYBE\"}"), 422, "decision");
        assertProblem(review("alvsjo", id, "{\"decision\": \"DUPLICATE\"}"), 422, "duplicateOf");
        assertProblem(review("alvsjo", id, "{\"decision\": \"DUPLICATE\", \"duplicateOf\": " + id + "}"), 422,
                "itself");
        assertProblem(review("alvsjo", 999_999, "{\"decision\": \"ACCEPT\"}"), 404, "999999");
        assertEquals("still unreviewed", "SUBMITTED", statusOf("alvsjo", id));

        String duplicateOfId = "{\"decision\": \"DUPLICATE\", \"duplicateOf\": " + id + "}";
        assertProblem(review("alvsjo", other, duplicateOfId), 422, "ACCEPTED");
        long rejectedId = submitted("alvsjo", "Ett klotter som visade sig vara reklam");
        JsonNode rejected = json(review("alvsjo", rejectedId, "{\"decision\": \"REJECT\", \"reason\": "
                + "\"Inte VBE-relaterat\"}"));
        assertEquals("REJECTED", rejected.get("status").asText());
        assertEquals("Inte VBE-relaterat", rejected.get("reason").asText());
        assertProblem(review("alvsjo", other, "{\"decision\": \"DUPLICATE\", \"duplicateOf\": " + rejectedId
                + "}"), 422, "ACCEPTED");

        assertEquals("ACCEPTED", json(review("alvsjo", id, "{\"decision\": \"ACCEPT\"}")).get("status").asText());
        assertEquals("DUPLICATE", json(review("alvsjo", other, duplicateOfId)).get("status").asText());
        assertProblem(review("alvsjo", id, "{\"decision\": \"REJECT\", \"reason\": \"Ändrat mig\"}"), 409,
                "ACCEPTED");
    }

    private String statusOf(String committee, long id) throws Exception {
        for (JsonNode report : json(as("samordnare", "GET", "/api/committees/" + committee + "/incident-reports?limit=500",
                null))) {
            if (report.get("id").asLong() == id) {
                return report.get("status").asText();
            }
        }
        throw new AssertionError("no report " + id);
    }
}
