package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 10 in the real distribution over HTTP: public records and secrecy. Each test works on a year of
 * its own, since they share one Karaf.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RecordsAndSecrecyIT extends VbeKarafTestSupport {

    private static final String RK = "/api/committees/rinkeby-kista/plans/";
    private static final String SECRET_TEXT = "Polisen uppger tre personer i rekryteringsnätverket.";
    private static final String SECRET_GROUND = "OSL 18 kap. 1 §";
    private static final List<String> INSIDERS = List.of("editor-rinkeby-kista", "lasare", "samordnare");
    private static final List<String> OUTSIDERS = Arrays.asList(null, "editor-alvsjo");

    // --- secrecy (items 5 and 6) ---

    @Test
    public void secrecyInsidersReadEverythingExactlyOnPlanVersionsConsolidatedViewAndSummary() throws Exception {
        adoptedPlanWithSecrets(2061);

        for (String insider : INSIDERS) {
            for (JsonNode plan : reads(insider, 2061)) {
                assertEquals(insider, 2, plan.get("situationPicture").get("sections").size());
                assertTrue(insider, plan.toString().contains(SECRET_TEXT));
                assertTrue(insider, plan.toString().contains(SECRET_GROUND));
                assertEquals(insider, 4, plan.get("situationPicture").get("incidents").size());
                JsonNode figures = plan.get("situationPicture").get("incidentFigures");
                assertEquals(insider, 42, figures.get("total").asInt());
                assertEquals(insider, 1, figures.get("perEnvironment").get("AUTONOMOUS").asInt());
                assertEquals(insider, 32, figures.get("perSource").get("POLICE").asInt());
            }
        }
        for (String fullView : List.of("lasare", "samordnare")) {
            JsonNode city = json(as(fullView, "GET", "/api/plans/2061/summary", null)).get("incidents");
            assertEquals(fullView, 42, city.get("total").asInt());
            assertEquals(fullView, 32, city.get("perSource").get("POLICE").asInt());
        }
    }

    @Test
    public void secrecyAnonymousCallersAndOtherEditorsGetPublicSectionsAndSuppressedAggregatesOnly() throws Exception {
        adoptedPlanWithSecrets(2062);

        for (String outsider : OUTSIDERS) {
            String who = String.valueOf(outsider);
            for (JsonNode plan : reads(outsider, 2062)) {
                assertFalse(who, plan.toString().contains(SECRET_TEXT));
                assertFalse(who, plan.toString().contains(SECRET_GROUND));
                assertEquals(who, 1, plan.get("situationPicture").get("sections").size());
                assertEquals(who, 0, plan.get("situationPicture").get("incidents").size());
                JsonNode figures = plan.get("situationPicture").get("incidentFigures");
                assertEquals(who + ": the confidential 30 is in no public sum", 12, figures.get("total").asInt());
                assertEquals(who, "<3", figures.get("perEnvironment").get("AUTONOMOUS").asText());
                assertEquals(who + ": 12 - 11 would give the 1", "..",
                        figures.get("perEnvironment").get("WHITE_POWER").asText());
                assertFalse(who + ": no per-source detail for a committee", figures.has("perSource"));
            }
            HttpResponse<String> summary = as(outsider, "GET", "/api/plans/2062/summary", null);
            JsonNode city = json(summary).get("incidents");
            assertEquals(who, 12, city.get("total").asInt());
            assertEquals(who + ": one committee per source would be its per-source detail", "..",
                    city.get("perSource").get("SCHOOLS").asText());
            assertEquals(who, "<3", city.get("perEnvironment").get("AUTONOMOUS").asText());
            assertFalse(who, summary.body().contains("42"));
        }
        JsonNode ownEditorsCity = json(as("editor-rinkeby-kista", "GET", "/api/plans/2062/summary", null))
                .get("incidents");
        assertEquals("city-wide figures are exact for readers and the coordinator only", 12,
                ownEditorsCity.get("total").asInt());
    }

    @Test
    public void secrecyAnAnonymousETagNeverYieldsAnAuthorisedBodyNorTheReverse() throws Exception {
        adoptedPlanWithSecrets(2063);

        for (String path : List.of("/api/plans/2063", "/api/plans/2063/summary", RK + 2063)) {
            HttpResponse<String> anonymous = http.get(path);
            String anonymousTag = anonymous.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> reader = as("lasare", "GET", path, null);
            String readerTag = reader.headers().firstValue("ETag").orElseThrow();
            assertNotEquals(path, anonymousTag, readerTag);

            HttpResponse<String> readerWithAnonymousTag = http.call("GET", path, null, "lasare", "lasare",
                    "If-None-Match", anonymousTag);
            assertEquals(path, 200, readerWithAnonymousTag.statusCode());
            assertEquals(path, reader.body(), readerWithAnonymousTag.body());
            assertEquals(path, readerTag, readerWithAnonymousTag.headers().firstValue("ETag").orElseThrow());

            HttpResponse<String> anonymousWithReaderTag = http.call("GET", path, null, null, null,
                    "If-None-Match", readerTag);
            assertEquals(path, 200, anonymousWithReaderTag.statusCode());
            assertEquals(path, anonymous.body(), anonymousWithReaderTag.body());
            assertFalse(path, anonymousWithReaderTag.body().contains(SECRET_TEXT));

            assertEquals(path, 304, http.call("GET", path, null, null, null, "If-None-Match", anonymousTag)
                    .statusCode());
            assertEquals(path, 304, http.call("GET", path, null, "lasare", "lasare", "If-None-Match", readerTag)
                    .statusCode());
            String otherEditorTag = as("editor-alvsjo", "GET", path, null).headers().firstValue("ETag").orElseThrow();
            if (!path.startsWith(RK)) {
                assertNotEquals(path + ": another audience, another tag", anonymousTag, otherEditorTag);
            }
        }
    }

    @Test
    public void secrecyAnUnknownClassificationOrAGroundOnAPublicPartIsRefusedNamingTheFieldAndNothingIsWritten() {
        String unknown = plan(2064).replace("\"classification\": \"PUBLIC\", \"title\": \"Lägesbild\"",
                "\"classification\": \"SECRET\", \"title\": \"Lägesbild\"");
        assertProblem(as("editor-rinkeby-kista", "PUT", RK + 2064, unknown), 422,
                "situationPicture.sections[0].classification");
        String groundOnPublic = plan(2064).replace("\"classification\": \"PUBLIC\", \"title\": \"Lägesbild\"",
                "\"classification\": \"PUBLIC\", \"legalGround\": \"OSL 18 kap. 1 §\", \"title\": \"Lägesbild\"");
        assertProblem(as("editor-rinkeby-kista", "PUT", RK + 2064, groundOnPublic), 422, "legalGround");
        assertEquals(404, as("editor-rinkeby-kista", "GET", RK + 2064, null).statusCode());
    }

    @Test
    public void secrecyTheShippedSeedPlanIsPublicWithItsSmallCountSuppressed() throws Exception {
        JsonNode anonymous = json(http.get(RK + 2019)).get("situationPicture");
        assertEquals(6, anonymous.get("sections").size());
        assertEquals("<3", anonymous.get("incidentFigures").get("perEnvironment").get("AUTONOMOUS").asText());
        assertEquals("..", anonymous.get("incidentFigures").get("perEnvironment").get("ISLAMIST").asText());
        assertEquals(20, anonymous.get("incidentFigures").get("total").asInt());

        JsonNode reader = json(as("lasare", "GET", RK + 2019, null)).get("situationPicture");
        assertEquals(19, reader.get("incidentFigures").get("perEnvironment").get("ISLAMIST").asInt());
        assertEquals("PUBLIC", reader.get("incidents").get(0).get("classification").asText());
    }

    /** A plan with a public and a confidential section, public and confidential counts, adopted. */
    private void adoptedPlanWithSecrets(int year) {
        HttpResponse<String> created = as("editor-rinkeby-kista", "PUT", RK + year, plan(year));
        assertEquals(created.body(), 201, created.statusCode());
        HttpResponse<String> adopted = as("editor-rinkeby-kista", "POST", RK + year + "/status", "{\"to\":\"ADOPTED\"}");
        assertEquals(adopted.body(), 200, adopted.statusCode());
    }

    /** The plan as {@code user} reads it: alone, as decided (version 1), and in the consolidated view. */
    private List<JsonNode> reads(String user, int year) throws Exception {
        HttpResponse<String> plan = as(user, "GET", RK + year, null);
        assertEquals(plan.body(), 200, plan.statusCode());
        HttpResponse<String> version = as(user, "GET", RK + year + "/versions/1", null);
        assertEquals(version.body(), 200, version.statusCode());
        JsonNode view = json(as(user, "GET", "/api/plans/" + year, null));
        JsonNode inView = null;
        for (JsonNode committee : view.get("plans")) {
            if (committee.get("committeeId").asText().equals("rinkeby-kista")) {
                inView = committee.get("plan");
            }
        }
        return List.of(json(plan), json(version).get("plan"), inView);
    }

    private static String plan(int year) {
        return """
                {"coordinatorRole": "Samordnare mot våldsbejakande extremism",
                 "situationPicture": {
                   "sections": [
                     {"classification": "PUBLIC", "title": "Lägesbild", "text": "Klotter med vit makt-symboler."},
                     {"classification": "CONFIDENTIAL", "legalGround": "%s", "title": "Från polisen", "text": "%s"}],
                   "incidents": [
                     {"environment": "WHITE_POWER", "source": "POLICE", "count": 2, "classification": "PUBLIC"},
                     {"environment": "WHITE_POWER", "source": "SCHOOLS", "count": 9, "classification": "PUBLIC"},
                     {"environment": "ISLAMIST", "source": "POLICE", "count": 30},
                     {"environment": "AUTONOMOUS", "source": "OWN_UNITS", "count": 1, "classification": "PUBLIC"}]},
                 "activities": [%s]}
                """.formatted(SECRET_GROUND, SECRET_TEXT, PlansIT.activity(year, 1));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailPart) {
        assertEquals(response.body(), status, response.statusCode());
        assertTrue(response.body(), response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"));
        assertTrue(response.body(), response.body().contains(detailPart));
    }
}
