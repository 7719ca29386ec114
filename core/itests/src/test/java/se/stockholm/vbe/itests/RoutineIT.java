package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The city's routine at a worry or an incident over real HTTP in the distribution: every combination of answers
 * gives the routine's steps in its order, anonymously; a committee's contacts come from its descriptor; bad answers
 * are refused naming the field; each use is counted for the coordinator, and nothing about the case is kept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RoutineIT extends VbeKarafTestSupport {

    /**
     * Rutin för Stockholms stad vid oro/händelse (Älvsjö 2018): "ska polisen kontaktas på 112" when "fara hotar liv,
     * hälsa, egendom"; "informera alltid sin närmsta chef"; "oro ska genast anmälas till socialtjänsten enligt 14 kap.
     * 1 § socialtjänstlagen om oron avser en individ under 18 år", over 18 "kan anmälan göras till socialtjänsten om
     * det inte föreligger hinder på grund av sekretess"; "polisanmälan ska alltid övervägas vid misstänkt brott";
     * "överväg alltid" an IA report; the "blankett för avidentifierad information". Danger, under 18, crime: steps.
     */
    private static final String[][] TABLE = {
        {"false", "false", "false", "TELL_MANAGER CONTACT_SOCIAL_SERVICES CONSIDER_IA_REPORT FILL_IN_FORM"},
        {"false", "false", "true", "TELL_MANAGER CONTACT_SOCIAL_SERVICES CONSIDER_POLICE_REPORT CONSIDER_IA_REPORT FILL_IN_FORM"},
        {"false", "true", "false", "TELL_MANAGER REPORT_TO_SOCIAL_SERVICES CONSIDER_IA_REPORT FILL_IN_FORM"},
        {"false", "true", "true", "TELL_MANAGER REPORT_TO_SOCIAL_SERVICES CONSIDER_POLICE_REPORT CONSIDER_IA_REPORT FILL_IN_FORM"},
        {"true", "false", "false", "CALL_112 TELL_MANAGER CONTACT_SOCIAL_SERVICES CONSIDER_IA_REPORT FILL_IN_FORM"},
        {"true", "false", "true", "CALL_112 TELL_MANAGER CONTACT_SOCIAL_SERVICES CONSIDER_POLICE_REPORT CONSIDER_IA_REPORT FILL_IN_FORM"},
        {"true", "true", "false", "CALL_112 TELL_MANAGER REPORT_TO_SOCIAL_SERVICES CONSIDER_IA_REPORT FILL_IN_FORM"},
        {"true", "true", "true", "CALL_112 TELL_MANAGER REPORT_TO_SOCIAL_SERVICES CONSIDER_POLICE_REPORT CONSIDER_IA_REPORT FILL_IN_FORM"},
    };

    private static String answers(Object danger, Object under18, Object crime, String committee) {
        return "{\"immediateDanger\": " + danger + ", \"under18\": " + under18 + ", \"suspectedCrime\": " + crime
                + (committee == null ? "" : ", \"committeeId\": \"" + committee + "\"") + "}";
    }

    private JsonNode advise(String body) throws Exception {
        HttpResponse<String> response = as(null, "POST", "/api/routine", body);
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    @Test
    public void everyCombinationOfAnswersGivesAnyoneTheRoutinesStepsInItsOrder() throws Exception {
        for (String[] row : TABLE) {
            JsonNode advice = advise(answers(row[0], row[1], row[2], null));

            List<String> ids = new ArrayList<>();
            advice.get("steps").forEach(step -> ids.add(step.get("id").asText()));
            assertEquals(String.join(",", row), List.of(row[3].split(" ")), ids);
            assertTrue(advice.get("routine").asText().contains("vid oro/händelse"));
        }
    }

    @Test
    public void theStepsCarryTheRoutinesLegalGroundsAndSayWhyTheyApply() throws Exception {
        JsonNode steps = advise(answers(true, true, true, null)).get("steps");

        assertEquals("Nödrätt, 24 kap. 4 § brottsbalken", steps.get(0).get("legalGround").asText());
        assertEquals("BY_ANSWER", steps.get(0).get("applies").asText());
        assertEquals("immediateDanger", steps.get(0).get("becauseOf").asText());
        assertEquals("ALWAYS", steps.get(1).get("applies").asText());
        assertFalse(steps.get(1).has("legalGround"));
        assertEquals("Anmälningsskyldighet, 14 kap. 1 § socialtjänstlagen", steps.get(2).get("legalGround").asText());
        assertTrue(steps.get(3).get("text").asText().startsWith("Polisanmälan ska alltid övervägas vid misstänkt brott"));
        assertTrue(steps.get(3).get("legalGround").asText().contains("sekretess"));
    }

    @Test
    public void aCommitteesContactsComeFromItsDescriptorAndItsFormIsLinkedPrefilled() throws Exception {
        JsonNode advice = advise(answers(true, true, false, "alvsjo"));

        assertEquals("alvsjo", advice.get("committeeId").asText());
        JsonNode contacts = advice.get("contacts");
        assertEquals(contacts.toString(), 2, contacts.size());
        assertTrue(contacts.get(0).get("role").asText().contains("preventionssamordnare"));
        assertTrue(contacts.get(1).get("role").asText().startsWith("Lokalpolisen"));
        JsonNode form = advice.get("steps").get(advice.get("steps").size() - 1);
        assertEquals("FILL_IN_FORM", form.get("id").asText());
        assertEquals("/namnd/alvsjo/rapportera?month=" + YearMonth.now(ZoneId.of("Europe/Stockholm"))
                + "&actions=EMERGENCY_112,SOCIAL_SERVICES_REPORT", form.get("link").asText());
    }

    @Test
    public void badAnswersAreRefusedAsProblemsNamingTheField() throws Exception {
        assertProblem(as(null, "POST", "/api/routine", "{\"immediateDanger\": true, \"suspectedCrime\": false}"),
                422, "under18");
        assertProblem(as(null, "POST", "/api/routine", answers(true, "\"ja\"", false, null)), 422, "under18");
        assertProblem(as(null, "POST", "/api/routine", answers(1, false, false, null)), 422, "immediateDanger");
        assertProblem(as(null, "POST", "/api/routine", answers(true, false, null, null)), 422, "suspectedCrime");
        assertProblem(as(null, "POST", "/api/routine", "{\"immediateDanger\": tr"), 400, null);
        assertProblem(as(null, "POST", "/api/routine", answers(false, false, false, "atlantis")), 404, null);
    }

    @Test
    public void eachUseIsCountedForTheCoordinatorAndNoOneElseReadsTheCounts() throws Exception {
        long before = uses("hasselby-vallingby");
        advise(answers(false, false, false, "hasselby-vallingby"));
        advise(answers(true, false, true, "hasselby-vallingby"));
        as(null, "POST", "/api/routine", answers(true, null, true, "hasselby-vallingby"));

        assertEquals("two answered uses; a refused question is none", before + 2, uses("hasselby-vallingby"));
        assertEquals(401, as(null, "GET", "/api/admin/routine/usage", null).statusCode());
        assertEquals(403, as("editor-hasselby-vallingby", "GET", "/api/admin/routine/usage", null).statusCode());
    }

    private long uses(String committee) throws Exception {
        HttpResponse<String> response = as("samordnare", "GET", "/api/admin/routine/usage", null);
        assertEquals(response.body(), 200, response.statusCode());
        String month = YearMonth.now(ZoneId.of("Europe/Stockholm")).toString();
        for (JsonNode usage : JSON.readTree(response.body())) {
            if (committee.equals(usage.path("committeeId").asText()) && month.equals(usage.get("month").asText())) {
                return usage.get("uses").asLong();
            }
        }
        return 0;
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        if (field != null) {
            assertEquals(response.body(), field, JSON.readTree(response.body()).get("field").asText());
        }
    }
}
