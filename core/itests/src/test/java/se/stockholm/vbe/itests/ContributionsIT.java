package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static se.stockholm.vbe.itests.Answers.assertProblem;
import static se.stockholm.vbe.itests.Answers.json;

import java.net.http.HttpResponse;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Specialist committees' contributions to a district's lägesbild over real HTTP in the distribution, as the
 * Rinkeby-Kista seed shows them ("Idrottsförvaltningen: Bokningsenheten stoppade lokalbokningen …"): Idrottsnämnden
 * sends figures and text for Rinkeby-Kista, whose editor takes them into the draft; the specialist committee never
 * writes the district's plan; who may read a contribution; bad input refused with nothing written. Each test uses its
 * own plan year.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ContributionsIT extends VbeKarafTestSupport {

    private static final String SPECIALIST = "editor-idrottsnamnden";
    private static final String CONFIDENTIAL_TEXT = "Polisen har lämnat uppgifter om en planerad sammankomst.";

    @Test
    public void aContributionTakenInSumsItsFiguresAppendsItsSectionsAndNamesItsCommitteeButNotItsSecrets()
            throws Exception {
        String plan = "/api/committees/rinkeby-kista/plans/2030";
        assertEquals(201, as("editor-rinkeby-kista", "PUT", plan, """
                {"coordinatorRole": "Samordnare mot våldsbejakande extremism",
                 "situationPicture": {
                   "sections": [{"title": "Kartläggning", "text": "Enkät till enhetscheferna.", "classification": "PUBLIC"}],
                   "incidents": [{"environment": "ISLAMIST", "type": "PREMISES_OR_GRANT", "source": "SPECIALIST_ADMINISTRATIONS",
                                  "period": "T1", "placeType": "SPORTS_FACILITY", "count": 1, "classification": "PUBLIC"}]},
                 "activities": []}
                """).statusCode());
        HttpResponse<String> sent = as(SPECIALIST, "POST", "/api/committees/rinkeby-kista/contributions",
                contribution(2030, "T1"));
        assertEquals(sent.body(), 201, sent.statusCode());
        JsonNode stored = json(sent);
        assertEquals("SUBMITTED", stored.get("status").asText());
        assertEquals("Idrottsnämnden", stored.get("fromName").asText());
        assertEquals("T1", stored.get("incidentCounts").get(1).get("period").asText());
        assertTrue(sent.headers().firstValue("Location").orElseThrow().endsWith("/contributions/" + stored.get("id")));
        JsonNode listed = json(as("editor-rinkeby-kista", "GET", "/api/committees/rinkeby-kista/contributions?year=2030",
                null));
        assertEquals(1, listed.size());
        String etag = as("editor-rinkeby-kista", "GET", plan, null).headers().firstValue("ETag").orElseThrow();

        String takeIn = plan + "/contributions/" + stored.get("id") + "/take-in";
        HttpResponse<String> taken = http.call("POST", takeIn, null, "editor-rinkeby-kista", "editor", "If-Match", etag);

        assertEquals(taken.body(), 200, taken.statusCode());
        assertNotEquals(etag, taken.headers().firstValue("ETag").orElseThrow());
        JsonNode picture = json(taken).get("situationPicture");
        assertEquals("the same key summed, 1 + 2", 3, incident(picture, "PREMISES_OR_GRANT").get("count").asInt());
        assertEquals(4, incident(picture, "PROPAGANDA").get("count").asInt());
        assertEquals("T1", incident(picture, "PROPAGANDA").get("period").asText());
        JsonNode sections = picture.get("sections");
        assertEquals(3, sections.size());
        assertEquals("Idrottsnämnden: Lokalbokning", sections.get(1).get("title").asText());
        assertEquals("PUBLIC", sections.get(1).get("classification").asText());
        assertEquals("Idrottsnämnden: Från polisen", sections.get(2).get("title").asText());
        assertEquals("CONFIDENTIAL", sections.get(2).get("classification").asText());
        assertEquals("OSL 18 kap. 1 §", sections.get(2).get("legalGround").asText());
        assertEquals("idrottsnamnden", picture.get("contributors").get(0).get("committeeId").asText());
        assertEquals("Idrottsnämnden", picture.get("contributors").get(0).get("name").asText());
        assertEquals("[\"T1\"]", picture.get("contributors").get(0).get("periods").toString());
        assertEquals("TAKEN_IN", json(as("editor-rinkeby-kista", "GET", "/api/committees/rinkeby-kista/contributions/"
                + stored.get("id"), null)).get("status").asText());
        assertTrue(as("samordnare", "GET", "/api/audit?committee=rinkeby-kista", null).body()
                .contains("\"action\":\"take-in\""));

        assertProblem(as("editor-rinkeby-kista", "POST", takeIn, null), 409, "taken in already");
        assertEquals(3, incident(json(as("editor-rinkeby-kista", "GET", plan, null)).get("situationPicture"),
                "PREMISES_OR_GRANT").get("count").asInt());

        HttpResponse<String> adopted = as("editor-rinkeby-kista", "POST", plan + "/status", PlansIT.ADOPT);
        assertEquals(adopted.body(), 200, adopted.statusCode());
        HttpResponse<String> publicPlan = as(null, "GET", plan, null);
        assertTrue(publicPlan.body().contains("Idrottsnämnden: Lokalbokning"));
        assertTrue(publicPlan.body().contains("\"contributors\":[{\"committeeId\":\"idrottsnamnden\""));
        assertFalse(publicPlan.body().contains(CONFIDENTIAL_TEXT));
        assertFalse(publicPlan.body().contains("Från polisen"));
        HttpResponse<String> consolidated = as(null, "GET", "/api/plans/2030", null);
        assertTrue(consolidated.body().contains("\"name\":\"Idrottsnämnden\""));
        assertFalse(consolidated.body().contains(CONFIDENTIAL_TEXT));
        assertTrue(as("lasare", "GET", "/api/plans/2030", null).body().contains(CONFIDENTIAL_TEXT));
        assertProblem(as("editor-rinkeby-kista", "POST", plan + "/contributions/" + submit("rinkeby-kista", 2030, "T2")
                + "/take-in", null), 409, "only a DRAFT");
    }

    @Test
    public void theSpecialistCommitteeCannotWriteTheDistrictsPlanDirectly() throws Exception {
        String plan = "/api/committees/rinkeby-kista/plans/2031";
        assertProblem(as(SPECIALIST, "PUT", plan, PlansIT.plan(1)), 403, "rinkeby-kista");
        assertEquals(201, as("editor-rinkeby-kista", "PUT", plan, PlansIT.plan(1)).statusCode());
        assertProblem(http.call("PUT", plan, PlansIT.plan(2), SPECIALIST, "editor", "If-Match", "\"1\""), 403,
                "rinkeby-kista");
        long id = submit("rinkeby-kista", 2031, "T2");
        assertProblem(as(SPECIALIST, "POST", plan + "/contributions/" + id + "/take-in", null), 403, "rinkeby-kista");

        JsonNode unchanged = json(as("editor-rinkeby-kista", "GET", plan, null));
        assertEquals(1, unchanged.get("version").asInt());
        assertEquals(0, unchanged.get("situationPicture").get("contributors").size());
        assertEquals("SUBMITTED", json(as("editor-rinkeby-kista", "GET", "/api/committees/rinkeby-kista/contributions/"
                + id, null)).get("status").asText());
    }

    @Test
    public void badInputIsRefusedAsProblemJsonAndNothingIsWritten() throws Exception {
        String path = "/api/committees/rinkeby-kista/contributions";
        assertProblem(as("editor-alvsjo", "POST", path, contribution(2032, "T1").replace("idrottsnamnden", "alvsjo")),
                422, "only specialist committees");
        assertProblem(as(SPECIALIST, "POST", "/api/committees/idrottsnamnden/contributions", contribution(2032, "T1")),
                422, "district committees");
        assertProblem(as(SPECIALIST, "POST", "/api/committees/no-such-committee/contributions",
                contribution(2032, "T1")), 404, "no committee no-such-committee");
        assertProblem(as(SPECIALIST, "POST", path, contribution(2032, "T1").replace("\"idrottsnamnden\"",
                "\"no-such-committee\"")), 422, "no committee no-such-committee");
        assertProblem(as("editor-rinkeby-kista", "POST", path, contribution(2032, "T1")), 403, "editor.idrottsnamnden");
        assertProblem(as(SPECIALIST, "POST", path, contribution(2032, "T1").replace("en privatperson",
                "en privatperson, 811218-9876")), 422, "sections[0].text: Texten innehåller ett personnummer");
        assertProblem(as(SPECIALIST, "POST", path, contribution(2032, "T1").replace("\"count\": 4",
                "\"period\": \"T3\", \"count\": 4")), 422, "incidentCounts[1].period");
        assertProblem(as(SPECIALIST, "POST", path, contribution(2032, "T1").replace("PROPAGANDA", "PREMISES_OR_GRANT")),
                422, "repeats");
        assertProblem(as(SPECIALIST, "POST", path, contribution(2032, "T1").replace("PROPAGANDA", "FLYERS")), 422,
                "FLYERS");
        assertProblem(as(SPECIALIST, "POST", path, contribution(2101, "T1")), 422, "year");
        assertProblem(as(SPECIALIST, "POST", path, contribution(2032, "T1").replace("\"period\": \"T1\",", "")), 422,
                "period");
        assertProblem(as(SPECIALIST, "POST", path,
                "{\"from\": \"idrottsnamnden\", \"year\": 2032, \"period\": \"T1\"}"), 422, "hold something");
        assertEquals(401, as(null, "POST", path, contribution(2032, "T1")).statusCode());

        assertEquals("[]", as("editor-rinkeby-kista", "GET", path + "?year=2032", null).body());
        assertFalse(as("samordnare", "GET", "/api/audit?committee=rinkeby-kista", null).body()
                .contains("\"year\":2032"));
        assertProblem(as("editor-rinkeby-kista", "POST", "/api/committees/rinkeby-kista/plans/2032/contributions/"
                + 999_999 + "/take-in", null), 404, "no contribution 999999");
    }

    @Test
    public void whoeverSeesTheDistrictsConfidentialContentReadsItsContributionsAsInTheAuditButOnlyItsEditorsTakeThemIn()
            throws Exception {
        long id = submit("alvsjo", 2033, "T3");
        String list = "/api/committees/alvsjo/contributions";

        assertProblem(as("editor-rinkeby-kista", "GET", list, null), 403, "alvsjo");
        assertProblem(as("editor-rinkeby-kista", "GET", list + "/" + id, null), 403, "alvsjo");
        assertEquals(401, as(null, "GET", list, null).statusCode());
        for (String allowed : new String[] {"editor-alvsjo", "samordnare", "lasare", SPECIALIST}) {
            HttpResponse<String> read = as(allowed, "GET", list, null);
            assertEquals(allowed + ": " + read.body(), 200, read.statusCode());
            assertTrue(allowed, read.body().contains(CONFIDENTIAL_TEXT));
        }
        assertTrue(json(as("lasare", "GET", list + "/" + id, null)).toString().contains(CONFIDENTIAL_TEXT));
        String audit = as("lasare", "GET", "/api/audit?committee=alvsjo&entity=contribution", null).body();
        assertTrue("the reader reads in the audit what the listing shows: " + audit,
                audit.contains("contribution-submit") && audit.contains(CONFIDENTIAL_TEXT));
        assertProblem(as("lasare", "POST", "/api/committees/alvsjo/plans/2033/contributions/" + id + "/take-in",
                null), 403, "editor.alvsjo");
        assertEquals("SUBMITTED", json(as("lasare", "GET", list + "/" + id, null)).get("status").asText());
        assertEquals("[]", as(SPECIALIST, "GET", "/api/committees/rinkeby-kista/contributions?year=2033", null).body());
    }

    @Test
    public void aContributionIsDeIdentifiedLikeAReportContactDetailsInAnySectionAreRefusedInSwedishAndNothingIsWritten()
            throws Exception {
        String path = "/api/committees/rinkeby-kista/contributions";
        String sent = contribution(2034, "T2");
        assertProblem(as(SPECIALIST, "POST", path, sent.replace("via en privatperson", "via a.b@exempel.se")), 422,
                "sections[0].text: Texten innehåller en e-postadress. Ta bort den");
        assertProblem(as(SPECIALIST, "POST", path, sent.replace("sammankomst.", "sammankomst, ring 070-123 45 67.")),
                422, "sections[1].text: Texten innehåller ett telefonnummer");
        assertProblem(as(SPECIALIST, "POST", path, sent.replace("\"Lokalbokning\"", "\"Lokalbokning Kistagången 20\"")),
                422, "sections[0].title: Rubriken innehåller en gatuadress med nummer");

        assertEquals("[]", as("editor-rinkeby-kista", "GET", path + "?year=2034", null).body());
        assertFalse(as("samordnare", "GET", "/api/audit?committee=rinkeby-kista", null).body()
                .contains("\"year\":2034"));
        assertEquals(201, as(SPECIALIST, "POST", path, sent).statusCode());
    }

    /** Idrottsnämnden's contribution, as its seed paragraph tells it: a stopped booking, posters, a police note. */
    private static String contribution(int year, String period) {
        return """
                {"from": "idrottsnamnden", "year": %d, "period": "%s",
                 "incidentCounts": [
                   {"environment": "ISLAMIST", "type": "PREMISES_OR_GRANT", "source": "SPECIALIST_ADMINISTRATIONS",
                    "placeType": "SPORTS_FACILITY", "count": 2, "classification": "PUBLIC"},
                   {"environment": "ISLAMIST", "type": "PROPAGANDA", "source": "SPECIALIST_ADMINISTRATIONS",
                    "placeType": "SPORTS_FACILITY", "count": 4, "classification": "PUBLIC"}],
                 "sections": [
                   {"title": "Lokalbokning", "classification": "PUBLIC",
                    "text": "Bokningsenheten stoppade lokalbokningen för en islamistisk organisation som ville boka lokal i Kista via en privatperson."},
                   {"title": "Från polisen", "classification": "CONFIDENTIAL", "legalGround": "OSL 18 kap. 1 §",
                    "text": "%s"}]}
                """.formatted(year, period, CONFIDENTIAL_TEXT);
    }

    private long submit(String district, int year, String period) throws Exception {
        HttpResponse<String> sent = as(SPECIALIST, "POST", "/api/committees/" + district + "/contributions",
                contribution(year, period));
        return json(sent).get("id").asLong();
    }

    private static JsonNode incident(JsonNode picture, String type) {
        for (JsonNode count : picture.get("incidents")) {
            if (count.get("type").asText().equals(type)) {
                return count;
            }
        }
        throw new AssertionError(type + " is not among " + picture.get("incidents"));
    }
}
