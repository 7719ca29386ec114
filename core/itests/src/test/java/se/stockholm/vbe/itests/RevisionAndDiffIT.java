package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static se.stockholm.vbe.itests.Answers.assertProblem;
import static se.stockholm.vbe.itests.Answers.json;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The yearly revision that starts from last year's results, and the diff against last year, over HTTP in the
 * default distribution with its shipped seed plans (rinkeby-kista 2019, alvsjo and hasselby-vallingby 2018,
 * all approved). Each test works on a committee and year of its own, since they share one Karaf.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RevisionAndDiffIT extends VbeKarafTestSupport {

    private static final String RK = "/api/committees/rinkeby-kista/plans/";
    private static final String ALVSJO = "/api/committees/alvsjo/plans/";
    private static final String HV = "/api/committees/hasselby-vallingby/plans/";

    @Test
    public void aRevisionOfTheSeedPlanStartsFromLastYearsResultsAndLeavesLastYearAsItWas() throws Exception {
        JsonNode before = json(http.get(RK + 2019));
        JsonNode schoolYear = before.get("activities").get(0);
        JsonNode ongoing = before.get("activities").get(1);
        assertEquals("2019-06", schoolYear.get("schedule").get("start").asText());
        assertTrue(ongoing.get("schedule").get("ongoing").asBoolean());
        followUp(RK + 2019, schoolYear, "T1", "IN_PROGRESS", "Påbörjad");
        followUp(RK + 2019, schoolYear, "T1", "DONE", "Klar i mars");
        followUp(RK + 2019, schoolYear, "ANNUAL_REPORT", "DONE", "Genomförd hela året");
        followUp(RK + 2019, ongoing, ongoing.get("followUpIn").get(0).asText(), "CANCELLED", "Nätverket lades ned");
        JsonNode followedUp = json(http.get(RK + 2019));
        int decisions = json(http.get(RK + "2019/versions")).size();

        HttpResponse<String> revised = as("editor-rinkeby-kista", "POST", RK + "2019/revision", null);

        assertEquals(revised.body(), 201, revised.statusCode());
        assertTrue(revised.headers().firstValue("Location").orElse("").endsWith("/committees/rinkeby-kista/plans/2020"));
        JsonNode next = json(as("editor-rinkeby-kista", "GET", RK + 2020, null));
        assertEquals(2020, next.get("year").asInt());
        assertEquals("DRAFT", next.get("status").asText());
        assertEquals(2019, next.get("revisedFrom").asInt());
        assertEquals("Tertialrapport 1 2021", next.get("nextRevision").asText());
        assertEquals(before.get("coordinatorRole"), next.get("coordinatorRole"));
        assertEquals("counts are cleared: a new lägesbild is needed", 0,
                next.get("situationPicture").get("incidents").size());
        assertEquals(before.get("situationPicture").get("sections"), next.get("situationPicture").get("sections"));

        List<JsonNode> carriedFrom = new ArrayList<>();
        before.get("activities").forEach(a -> {
            if (a.get("id").asLong() != ongoing.get("id").asLong()) {
                carriedFrom.add(a);
            }
        });
        assertEquals("the cancelled activity is not carried", carriedFrom.size(), next.get("activities").size());
        for (int i = 0; i < carriedFrom.size(); i++) {
            JsonNode old = carriedFrom.get(i);
            JsonNode carried = next.get("activities").get(i);
            assertEquals(old.get("id").asLong(), carried.get("predecessorId").asLong());
            assertNotEquals(old.get("id").asLong(), carried.get("id").asLong());
            for (String field : List.of("title", "description", "area", "responsible", "partners", "frequency",
                    "followUpIn", "followUpSystem", "templateId")) {
                assertEquals(field + " of " + old.get("title"), old.get(field), carried.get(field));
            }
            assertEquals(rolled(old.get("schedule")), carried.get("schedule"));
            assertEquals(0, carried.get("followUps").size());
        }
        JsonNode first = next.get("activities").get(0);
        assertEquals("2020-06", first.get("schedule").get("start").asText());
        assertEquals("2021-05", first.get("schedule").get("end").asText());
        Map<String, JsonNode> outcome = byPeriod(first.get("previousOutcome"));
        assertEquals(Map.of("T1", "DONE", "ANNUAL_REPORT", "DONE"), statuses(outcome));
        assertEquals("Klar i mars", outcome.get("T1").get("comment").asText());
        assertEquals("Genomförd hela året", outcome.get("ANNUAL_REPORT").get("comment").asText());
        assertEquals(0, next.get("activities").get(1).get("previousOutcome").size());

        JsonNode after = json(http.get(RK + 2019));
        assertEquals("APPROVED", after.get("status").asText());
        assertEquals(followedUp.get("activities"), after.get("activities"));
        assertEquals(decisions, json(http.get(RK + "2019/versions")).size());
        assertEquals(2, json(http.get(RK + "2019/activities/" + schoolYear.get("id").asLong()
                + "/follow-ups/T1/history")).size());
        assertProblem(as("editor-rinkeby-kista", "POST", RK + "2019/revision", null), 409, "already has a plan");
    }

    @Test
    public void cancelledActivitiesAreCarriedOnlyWhenAskedWithTheirCancellationBesideThem() throws Exception {
        JsonNode before = json(http.get(ALVSJO + 2018));
        JsonNode cancelled = before.get("activities").get(2);
        followUp(ALVSJO + 2018, cancelled, cancelled.get("followUpIn").get(0).asText(), "CANCELLED", "Ingen budget");

        assertProblem(as("editor-alvsjo", "POST", ALVSJO + "2018/revision?includeCancelled=kanske", null), 400,
                "includeCancelled");
        assertEquals(404, http.get(ALVSJO + 2019).statusCode());
        HttpResponse<String> revised = as("editor-alvsjo", "POST", ALVSJO + "2018/revision?includeCancelled=true",
                null);

        JsonNode next = json(revised);
        assertEquals(before.get("activities").size(), next.get("activities").size());
        JsonNode carried = next.get("activities").get(2);
        assertEquals(cancelled.get("id").asLong(), carried.get("predecessorId").asLong());
        assertEquals("CANCELLED", carried.get("previousOutcome").get(0).get("status").asText());
        assertEquals("Ingen budget", carried.get("previousOutcome").get(0).get("comment").asText());
    }

    @Test
    public void theDiffAgainstLastYearShowsEachKindOfChange() throws Exception {
        JsonNode last = json(http.get(HV + 2018));
        JsonNode next = json(as("editor-hasselby-vallingby", "POST", HV + "2018/revision", null));
        JsonNode changed = next.get("activities").get(0);
        JsonNode dropped = next.get("activities").get(1);
        ObjectNode edit = changed.deepCopy();
        edit.putArray("responsible").add("Enhetschef fritid");
        assertEquals(200, as("editor-hasselby-vallingby", "PUT", HV + "2019/activities/" + changed.get("id").asLong(),
                edit.toString()).statusCode());
        assertEquals(204, as("editor-hasselby-vallingby", "DELETE", HV + "2019/activities/"
                + dropped.get("id").asLong(), null).statusCode());
        long added = json(as("editor-hasselby-vallingby", "POST", HV + "2019/activities", PlansIT.activity(2019, 1)))
                .get("id").asLong();

        HttpResponse<String> answer = as("editor-hasselby-vallingby", "GET", HV + "2019/diff", null);

        JsonNode diff = json(answer);
        assertEquals(2018, diff.get("against").asInt());
        assertEquals(answer.body(), as("editor-hasselby-vallingby", "GET", HV + "2019/diff?against=2018", null).body());
        Map<String, List<JsonNode>> kinds = new HashMap<>();
        diff.get("activities").forEach(a -> kinds.computeIfAbsent(a.get("change").asText(), k -> new ArrayList<>()).add(a));
        JsonNode change = kinds.get("CHANGED").get(0);
        assertEquals(1, kinds.get("CHANGED").size());
        assertEquals(changed.get("id"), change.get("id"));
        assertEquals(changed.get("predecessorId"), change.get("previousId"));
        assertEquals("PREDECESSOR", change.get("matchedBy").asText());
        assertEquals(1, change.get("fields").size());
        assertEquals("responsible", change.get("fields").get(0).get("field").asText());
        assertEquals(String.join(", ", texts(changed.get("responsible"))),
                change.get("fields").get(0).get("before").asText());
        assertEquals("Enhetschef fritid", change.get("fields").get(0).get("after").asText());
        assertEquals(List.of(added), ids(kinds.get("ADDED"), "id"));
        assertEquals(List.of(dropped.get("predecessorId").asLong()), ids(kinds.get("REMOVED"), "previousId"));
        assertEquals(last.get("activities").size() - 2, kinds.get("UNCHANGED").size());
        kinds.get("UNCHANGED").forEach(a -> assertEquals("PREDECESSOR", a.get("matchedBy").asText()));
        diff.get("sections").forEach(s -> assertEquals("UNCHANGED", s.get("change").asText()));
        assertEquals(last.get("situationPicture").get("incidents").size(), diff.get("incidents").size());
        for (JsonNode count : diff.get("incidents")) {
            assertEquals("REMOVED", count.get("change").asText());
            assertTrue(count.toString(), count.get("before").isInt());
            assertFalse(count.has("after"));
        }
        assertEquals(List.of("T1", "T2", "ANNUAL_REPORT"), texts(diff.get("previousFollowUps").findValues("period")));

        String etag = answer.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.call("GET", HV + "2019/diff", null, "editor-hasselby-vallingby", "editor",
                "If-None-Match", etag).statusCode());
        assertEquals("a draft's diff is not public", 404, http.get(HV + "2019/diff").statusCode());
    }

    @Test
    public void aDiffAgainstAYearWithoutAPlanOrNotEarlierIsRefused() {
        assertProblem(http.get(RK + "2019/diff"), 404, "2018");
        assertProblem(http.get(RK + "2019/diff?against=2015"), 404, "no plan for 2015");
        assertProblem(http.get(RK + "2019/diff?against=2019"), 422, "against: must be a year from 2000 before 2019");
        assertProblem(http.get(RK + "2019/diff?against=2030"), 422, "against");
        assertProblem(http.get(RK + "2019/diff?against=forra"), 400, "against");
    }

    @Test
    public void theDiffAnAnonymousCallerGetsHoldsNoConfidentialSectionOrCount() throws Exception {
        String plan = """
                {"coordinatorRole": "Preventionssamordnare", "nextRevision": "Tertialrapport 1 2061",
                 "situationPicture": {
                   "sections": [{"title": "Lokal lägesbild", "text": "Klotter vid två skolor.", "classification": "PUBLIC"},
                                {"title": "Hemlig analys", "text": "Rekrytering vid en namngiven lokal.",
                                 "classification": "CONFIDENTIAL", "legalGround": "OSL 18 kap. 1 §"}],
                   "incidents": [{"environment": "WHITE_POWER", "source": "POLICE", "count": 7, "classification": "PUBLIC"},
                                 {"environment": "ISLAMIST", "source": "OWN_UNITS", "count": 4,
                                  "classification": "CONFIDENTIAL"}]},
                 "activities": [%s]}
                """.formatted(PlansIT.activity(2060, 1));
        assertEquals(201, as("editor-hasselby-vallingby", "PUT", HV + 2060, plan).statusCode());
        assertEquals(200, as("editor-hasselby-vallingby", "POST", HV + "2060/status", PlansIT.ADOPT).statusCode());
        JsonNode revised = json(as("editor-hasselby-vallingby", "POST", HV + "2060/revision", null));
        String changedPlan = plan.replace("Tertialrapport 1 2061", "Tertialrapport 1 2062")
                .replace("Rekrytering vid en namngiven lokal.", "Rekrytering vid två namngivna lokaler.")
                .replace("\"count\": 4", "\"count\": 6")
                .replace(PlansIT.activity(2060, 1), revised.get("activities").get(0).toString());
        assertEquals(200, http.call("PUT", HV + 2061, changedPlan, "editor-hasselby-vallingby", "editor",
                "If-Match", "\"" + revised.get("version").asLong() + "\"").statusCode());
        assertEquals(200, as("editor-hasselby-vallingby", "POST", HV + "2061/status", PlansIT.ADOPT).statusCode());

        HttpResponse<String> anonymous = http.get(HV + "2061/diff");
        HttpResponse<String> editor = as("editor-hasselby-vallingby", "GET", HV + "2061/diff", null);

        JsonNode shown = json(anonymous);
        assertEquals(List.of("Lokal lägesbild"), texts(shown.get("sections").findValues("title")));
        assertEquals(0, shown.get("incidents").size());
        for (String secret : List.of("Hemlig analys", "namngiv", "ISLAMIST", "WHITE_POWER")) {
            assertFalse(secret + " in " + anonymous.body(), anonymous.body().contains(secret));
        }
        JsonNode full = json(editor);
        assertEquals(List.of("UNCHANGED", "CHANGED"), texts(full.get("sections").findValues("change")));
        assertEquals(List.of("UNCHANGED", "CHANGED"), texts(full.get("incidents").findValues("change")));
        assertEquals(4, full.get("incidents").get(1).get("before").asInt());
        assertEquals(6, full.get("incidents").get(1).get("after").asInt());
        assertEquals("UNCHANGED", full.get("activities").get(0).get("change").asText());
        String anonymousTag = anonymous.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(anonymousTag, editor.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, http.call("GET", HV + "2061/diff", null, null, null, "If-None-Match", anonymousTag)
                .statusCode());
    }

    private void followUp(String plan, JsonNode activity, String period, String status, String comment) {
        HttpResponse<String> recorded = as(plan.contains("rinkeby") ? "editor-rinkeby-kista" : "editor-alvsjo", "PUT",
                plan + "/activities/" + activity.get("id").asLong() + "/follow-ups/" + period,
                "{\"status\":\"" + status + "\",\"comment\":\"" + comment + "\"}");
        assertEquals(recorded.body(), 200, recorded.statusCode());
    }

    /** A schedule as the revision moves it: both ends a year on, ongoing as it was. */
    private static JsonNode rolled(JsonNode schedule) {
        if (schedule.get("ongoing").asBoolean()) {
            return schedule;
        }
        ObjectNode moved = schedule.deepCopy();
        moved.put("start", YearMonth.parse(schedule.get("start").asText()).plusYears(1).toString());
        moved.put("end", YearMonth.parse(schedule.get("end").asText()).plusYears(1).toString());
        return moved;
    }

    private static Map<String, JsonNode> byPeriod(JsonNode followUps) {
        Map<String, JsonNode> result = new HashMap<>();
        followUps.forEach(f -> result.put(f.get("period").asText(), f));
        return result;
    }

    private static Map<String, String> statuses(Map<String, JsonNode> byPeriod) {
        Map<String, String> result = new HashMap<>();
        byPeriod.forEach((period, f) -> result.put(period, f.get("status").asText()));
        return result;
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(value -> result.add(value.asText()));
        return result;
    }

    private static List<String> texts(List<JsonNode> values) {
        return values.stream().map(JsonNode::asText).toList();
    }

    private static List<Long> ids(List<JsonNode> diffs, String field) {
        return diffs.stream().map(d -> d.get(field).asLong()).toList();
    }
}
