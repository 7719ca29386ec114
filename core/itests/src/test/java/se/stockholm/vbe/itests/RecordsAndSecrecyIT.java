package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Public records and secrecy (issue 10) in the default distribution, over HTTP and in the shell.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RecordsAndSecrecyIT extends VbeKarafTestSupport {

    private static final Duration AUDIT_DEPLOYED = Duration.ofSeconds(20);
    private static final String RK = "/api/committees/rinkeby-kista/plans/";
    static final String SECRET_TEXT = "Polisen uppger tre personer i rekryteringsnätverket.";
    private static final String SECRET_GROUND = "OSL 18 kap. 1 §";
    private static final List<String> INSIDERS = List.of("editor-rinkeby-kista", "lasare", "samordnare");
    private static final List<String> OUTSIDERS = Arrays.asList(null, "editor-alvsjo");
    private static final String DECISIONS_RK = "/api/committees/rinkeby-kista/plans/";
    private static final Pattern AUDIT_NEXT_LINK = Pattern.compile("<[^>]*?(/api/audit\\?[^>]*)>;\\s*rel=\"next\"");

    @Inject
    private ConfigurationAdmin configurations;

    @Test
    public void theAuditTrailIsReadByTheCoordinatorAndReaderWholeAndByAnEditorForTheirOwnCommittee() throws Exception {
        auditSwitch("alvsjo", "premises-rental-check", false);
        auditSwitch("rinkeby-kista", "premises-rental-check", false);

        assertEquals(401, as(null, "GET", "/api/audit", null).statusCode());
        assertEquals(403, as("editor-alvsjo", "GET", "/api/audit?committee=rinkeby-kista", null).statusCode());
        JsonNode own = auditJson(as("editor-alvsjo", "GET", "/api/audit?limit=500", null));
        assertTrue(own.toString(), own.get("entries").size() > 0);
        own.get("entries").forEach(entry -> assertEquals(entry.toString(), "alvsjo", entry.path("committeeId").asText()));
        for (String whole : new String[] {"samordnare", "lasare"}) {
            JsonNode page = auditJson(as(whole, "GET", "/api/audit?entity=feature:premises-rental-check", null));
            JsonNode newest = page.get("entries").get(0);
            assertEquals(whole, "rinkeby-kista", newest.get("committeeId").asText());
            assertEquals("samordnare", newest.get("actor").asText());
            assertEquals("REST", newest.get("channel").asText());
            assertEquals("enabled: true → false", newest.get("change").asText());
            assertEquals("alvsjo", page.get("entries").get(1).get("committeeId").asText());
        }
        JsonNode imported = auditJson(as("lasare", "GET", "/api/audit?entity=plan:rinkeby-kista/2019", null))
                .get("entries").get(0);
        assertEquals(imported.toString(), "IMPORT", imported.get("channel").asText());
        assertEquals("import", imported.get("action").asText());
        assertTrue(imported.get("actor").asText().startsWith("import:se.stockholm.vbe.committee.rinkeby-kista "));
        JsonNode online = auditJson(as("samordnare", "GET", "/api/audit?entity=committee:alvsjo", null));
        assertTrue(online.toString(), online.toString().contains("\"channel\":\"BUNDLE\",\"action\":\"online\""));
    }

    @Test
    public void aThousandAuditEntriesArePagedWithTheCursorWithoutGapsOrRepeatsAndAsCsv() {
        for (int i = 0; i < 1000; i++) {
            auditSwitch("idrottsnamnden", "follow-up", i % 2 == 1);
        }
        String path = "/api/audit?committee=idrottsnamnden&entity=feature:follow-up&limit=150";
        List<Long> ids = new ArrayList<>();
        int pages = 0;
        String firstPageCsv = null;
        while (path != null) {
            HttpResponse<String> response = as("samordnare", "GET", path, null);
            JsonNode page = auditJson(response);
            page.get("entries").forEach(entry -> ids.add(entry.get("id").asLong()));
            if (pages++ == 0) {
                firstPageCsv = http.call("GET", path, null, "samordnare", "samordnare", "Accept", "text/csv").body();
            }
            path = auditNextLink(response);
            assertEquals(path == null, page.get("nextCursor") == null);
        }

        assertEquals(7, pages);
        assertEquals(1000, ids.size());
        assertEquals("no entry twice", 1000, new HashSet<>(ids).size());
        for (int i = 1; i < ids.size(); i++) {
            assertTrue("newest first at " + i, ids.get(i) < ids.get(i - 1));
        }
        String[] lines = firstPageCsv.split("\r\n");
        assertEquals("a header and the same 150 entries", 151, lines.length);
        assertTrue(lines[0], lines[0].startsWith("\uFEFFid,occurredAt,actor,channel,action,entityType,entityId"));
        assertTrue(lines[1], lines[1].startsWith(ids.get(0) + ","));
        assertTrue(lines[150], lines[150].startsWith(ids.get(149) + ","));
        assertTrue(lines[1], lines[1].contains(",samordnare,REST,switch,feature,follow-up,idrottsnamnden,,"));
    }

    @Test
    public void aTamperedAuditCursorIsRefusedNamingTheCursor() {
        auditSwitch("hasselby-vallingby", "follow-up", false);
        auditSwitch("hasselby-vallingby", "follow-up", true);
        HttpResponse<String> first = as("samordnare", "GET", "/api/audit?committee=hasselby-vallingby&limit=1", null);
        String cursor = auditJson(first).get("nextCursor").asText();
        String tampered = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);

        for (String path : new String[] {"/api/audit?committee=hasselby-vallingby&limit=1&cursor=" + tampered,
                "/api/audit?committee=alvsjo&limit=1&cursor=" + cursor, "/api/audit?cursor=%21%21"}) {
            HttpResponse<String> refused = as("samordnare", "GET", path, null);
            assertEquals(path + " " + refused.body(), 422, refused.statusCode());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
            assertTrue(refused.body(), auditJson(refused).get("detail").asText().startsWith("cursor: "));
        }
        HttpResponse<String> csvRefused = http.call("GET", "/api/audit?cursor=" + tampered, null, "samordnare",
                "samordnare", "Accept", "text/csv");
        assertEquals(422, csvRefused.statusCode());
        assertEquals(400, as("samordnare", "GET", "/api/audit?limit=lots", null).statusCode() / 100 * 100);
        assertEquals(200, as("samordnare", "GET", "/api/audit?committee=hasselby-vallingby&limit=1&cursor="
                + cursor, null).statusCode());
    }

    @Test
    public void theShellShowsTheAuditTrailAndItsOwnSwitchesAsShellEntries() throws Exception {
        KarafShell.execute(configurations, "vbe:feature-disable alvsjo follow-up");

        String output = KarafShell.execute(configurations, "vbe:audit --committee alvsjo --since 2026-01-01 --limit 3");

        assertTrue(output, output.contains("shell:karaf"));
        assertTrue(output, output.contains("SHELL"));
        assertTrue(output, output.contains("enabled: true → false"));
        assertFalse(output, output.contains("rinkeby-kista"));
        JsonNode newest = auditJson(as("samordnare", "GET", "/api/audit?committee=alvsjo&limit=1", null))
                .get("entries").get(0);
        assertEquals("shell:karaf", newest.get("actor").asText());
        assertEquals("SHELL", newest.get("channel").asText());
    }

    @Test
    public void aCommitteeBundleComingBeingRefusedAndGoingIsAuditedAndARefusalOnceNotOnEveryRetry() throws Exception {
        Path deploy = Path.of(System.getProperty("karaf.base"), "deploy");
        Path owner = deploy.resolve("audited-owner.jar");
        Path impostor = deploy.resolve("audited-impostor.jar");
        String entries = "/api/audit?entity=committee:audited-district";
        KarafShell.drop(owner, TestBundles.committee("audited-district", "1.0.0").jar());
        await("the owner online").atMost(AUDIT_DEPLOYED).until(() -> auditActions(entries).contains("online"));
        KarafShell.drop(impostor, TestBundles.committee("audited-district", "1.0.0")
                .header("Bundle-SymbolicName", "se.stockholm.vbe.test.audited.impostor").jar());
        await("the impostor refused").atMost(AUDIT_DEPLOYED).until(() -> auditActions(entries).contains("refuse"));

        Files.delete(owner);
        await("the owner offline").atMost(AUDIT_DEPLOYED).until(() -> auditActions(entries).contains("offline"));
        // going offline retries the refused impostor, which is refused again for the same reason
        await("one refusal, however often retried").during(Duration.ofSeconds(2)).atMost(AUDIT_DEPLOYED)
                .until(() -> auditActions(entries).equals(List.of("offline", "refuse", "online", "claim")));

        JsonNode trail = auditJson(as("samordnare", "GET", entries, null)).get("entries");
        trail.forEach(entry -> assertEquals(entry.toString(), "BUNDLE", entry.get("channel").asText()));
        assertEquals("bundle:se.stockholm.vbe.test.audited.impostor", trail.get(1).get("actor").asText());
        assertTrue(trail.get(1).toString(), trail.get(1).get("change").asText().contains("belongs to bundle "
                + "se.stockholm.vbe.test.audited.district"));
        assertEquals("bundle:se.stockholm.vbe.test.audited.district", trail.get(3).get("actor").asText());
        Files.delete(impostor);
        await().atMost(AUDIT_DEPLOYED).until(() -> !http.get("/api/health").body().contains("audited.impostor"));
    }

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
                JsonNode untyped = plan.get("situationPicture").get("incidents").get(0);
                assertEquals(insider + ": a count in the old shape", "OTHER OTHER false", untyped.get("type").asText()
                        + " " + untyped.get("placeType").asText() + " " + untyped.has("period"));
                assertEquals(insider, 42, figures.get("perType").get("OTHER").asInt());
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
    public void typedFiguresReachInsidersExactlyAndThePublicSuppressedPerTypeWithoutTheConfidentialOne()
            throws Exception {
        HttpResponse<String> created = as("editor-rinkeby-kista", "PUT", RK + 2066, TYPED_PLAN);
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals(200, as("editor-rinkeby-kista", "POST", RK + 2066 + "/status", PlansIT.ADOPT).statusCode());

        for (String insider : INSIDERS) {
            for (JsonNode plan : reads(insider, 2066)) {
                JsonNode threats = plan.get("situationPicture").get("incidents").get(2);
                assertEquals(insider, "WHITE_POWER THREATS_AND_VIOLENCE INCIDENT_REPORTING_SYSTEM T3 YOUTH_CENTRE 13",
                        String.join(" ", threats.get("environment").asText(), threats.get("type").asText(),
                                threats.get("source").asText(), threats.get("period").asText(),
                                threats.get("placeType").asText(), threats.get("count").asText()));
                JsonNode perType = plan.get("situationPicture").get("incidentFigures").get("perType");
                assertEquals(insider, 13, perType.get("THREATS_AND_VIOLENCE").asInt());
                assertEquals(insider, 2, perType.get("RECRUITMENT").asInt());
                assertEquals(insider, 13, plan.get("situationPicture").get("incidentFigures").get("perPeriod")
                        .get("T3").asInt());
            }
        }
        JsonNode readersCity = json(as("lasare", "GET", "/api/plans/2066/summary", null)).get("incidents");
        assertEquals(13, readersCity.get("perEnvironmentAndType").get("WHITE_POWER").get("THREATS_AND_VIOLENCE")
                .asInt());

        for (String outsider : OUTSIDERS) {
            String who = String.valueOf(outsider);
            for (JsonNode plan : reads(outsider, 2066)) {
                assertFalse(who, plan.toString().contains("YOUTH_CENTRE"));
                assertEquals(who, 0, plan.get("situationPicture").get("incidents").size());
                JsonNode figures = plan.get("situationPicture").get("incidentFigures");
                assertEquals(who + ": the confidential 13 is in no public sum", 9, figures.get("total").asInt());
                assertEquals(who, "<3", figures.get("perType").get("RECRUITMENT").asText());
                assertEquals(who + ": 9 - 7 would give the 2", "..",
                        figures.get("perType").get("GRAFFITI_AND_SYMBOLS").asText());
                assertEquals(who, 0, figures.get("perType").get("THREATS_AND_VIOLENCE").asInt());
                assertFalse(who + ": a committee's public figures are margins", figures.has("perEnvironmentAndType"));
                assertEquals(who, "<3 .. 0 0", String.join(" ", figures.get("perPeriod").get("T1").asText(),
                        figures.get("perPeriod").get("T2").asText(), figures.get("perPeriod").get("T3").asText(),
                        figures.get("periodUnknown").asText()));
            }
            HttpResponse<String> summary = as(outsider, "GET", "/api/plans/2066/summary", null);
            JsonNode city = json(summary).get("incidents");
            assertEquals(who, 9, city.get("total").asInt());
            assertEquals(who, "<3", city.get("perType").get("RECRUITMENT").asText());
            assertEquals(who, 0, city.get("perType").get("THREATS_AND_VIOLENCE").asInt());
            assertEquals(who + ": one committee's cross-table is its detail", "..",
                    city.get("perEnvironmentAndType").get("ISLAMIST").get("GRAFFITI_AND_SYMBOLS").asText());
            assertFalse(who, summary.body().contains("13"));
        }
    }

    @Test
    public void aRepeatedIncidentKeyIsRefusedNamingTheKeyAndNothingIsWritten() {
        String repeated = TYPED_PLAN.replace("\"count\": 7", "\"count\": 7}, {\"environment\": \"ISLAMIST\", "
                + "\"type\": \"GRAFFITI_AND_SYMBOLS\", \"source\": \"TYCK_TILL\", \"period\": \"T2\", "
                + "\"placeType\": \"PUBLIC_SPACE\", \"count\": 1");
        assertProblem(as("editor-rinkeby-kista", "PUT", RK + 2067, repeated), 422,
                "repeats ISLAMIST/GRAFFITI_AND_SYMBOLS/TYCK_TILL/T2/PUBLIC_SPACE");
        assertProblem(as("editor-rinkeby-kista", "PUT", RK + 2067, TYPED_PLAN.replace("\"T1\"", "\"T4\"")), 422,
                "period");
        assertEquals(404, as("editor-rinkeby-kista", "GET", RK + 2067, null).statusCode());
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
        assertEquals(8, anonymous.get("sections").size());
        assertEquals("<3", anonymous.get("incidentFigures").get("perEnvironment").get("AUTONOMOUS").asText());
        assertEquals("..", anonymous.get("incidentFigures").get("perEnvironment").get("ISLAMIST").asText());
        assertEquals(20, anonymous.get("incidentFigures").get("total").asInt());

        JsonNode reader = json(as("lasare", "GET", RK + 2019, null)).get("situationPicture");
        assertEquals(19, reader.get("incidentFigures").get("perEnvironment").get("ISLAMIST").asInt());
        assertEquals("PUBLIC", reader.get("incidents").get(0).get("classification").asText());
        assertEquals("a shipped plan without types still imports", "OTHER",
                reader.get("incidents").get(0).get("type").asText());
    }

    @Test
    public void aSecondFollowUpReportKeepsTheFirstInTheHistoryAndBecomesTheCurrentOne() throws Exception {
        long activity = decisionsAdopted(2070, 1).get("activities").get(0).get("id").asLong();
        String followUp = DECISIONS_RK + "2070/activities/" + activity + "/follow-ups/T1";
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
        JsonNode current = decisionsJson(http.get(DECISIONS_RK + 2070)).get("activities").get(0).get("followUps");
        assertEquals(1, current.size());
        assertEquals(reports.get(1), current.get(0));
        assertEquals(404, http.get(DECISIONS_RK + "2070/activities/" + (activity + 10_000) + "/follow-ups/T1/history")
                .statusCode());
    }

    @Test
    public void theDecisionRecordIsStoredWithEachVersionAndShownInTheConsolidatedView() throws Exception {
        decisionsAdopted(2072, 1);
        assertEquals(200, as("samordnare", "POST", DECISIONS_RK + "2072/status", "{\"to\":\"APPROVED\","
                + "\"meetingDate\":\"2019-04-02\",\"diaryNumber\":\"155-943/2019\",\"paragraph\":\"§7\"}").statusCode());

        JsonNode versions = decisionsJson(http.get(DECISIONS_RK + "2072/versions"));

        assertEquals("2019-03-14", versions.get(0).get("meetingDate").asText());
        assertEquals("1.2.3-456/2019", versions.get(0).get("diaryNumber").asText());
        assertEquals("§ 12", versions.get(0).get("paragraph").asText());
        assertEquals("2019-04-02", versions.get(1).get("meetingDate").asText());
        assertEquals("155-943/2019", versions.get(1).get("diaryNumber").asText());
        assertEquals("normalised to one space after §", "§ 7", versions.get(1).get("paragraph").asText());
        JsonNode decisions = decisionsCommitteePlan(decisionsJson(http.get("/api/plans/2072")), "rinkeby-kista")
                .get("decisions");
        assertEquals(versions, decisions);
    }

    @Test
    public void aMalformedDiaryNumberOrAMeetingNotYetHeldIsRefusedNamingTheFieldAndNothingIsWritten()
            throws Exception {
        assertEquals(201, as("editor-rinkeby-kista", "PUT", DECISIONS_RK + 2074, PlansIT.plan(1)).statusCode());
        String status = DECISIONS_RK + "2074/status";

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

        HttpResponse<String> unchanged = as("editor-rinkeby-kista", "GET", DECISIONS_RK + 2074, null);
        assertEquals("DRAFT", decisionsJson(unchanged).get("status").asText());
        assertEquals("\"1\"", unchanged.headers().firstValue("ETag").orElse(""));
        assertEquals("[]", as("editor-rinkeby-kista", "GET", DECISIONS_RK + "2074/versions", null).body());
        assertEquals(404, http.get(DECISIONS_RK + 2074).statusCode());
    }

    @Test
    public void aReopenedApprovedPlanStaysReadableAndCountedWhileTheEditorEditsTheDraftUntilItIsAdoptedAgain()
            throws Exception {
        decisionsAdopted(2076, 3);
        JsonNode approved = decisionsJson(as("samordnare", "POST", DECISIONS_RK + "2076/status", PlansIT.APPROVE));
        long first = approved.get("activities").get(0).get("id").asLong();
        assertEquals(200, as("editor-rinkeby-kista", "PUT", DECISIONS_RK + "2076/activities/" + first
                + "/follow-ups/T1", "{\"status\":\"DONE\"}").statusCode());

        HttpResponse<String> reopened = as("samordnare", "POST", DECISIONS_RK + "2076/status", "{\"to\":\"DRAFT\"}");
        assertEquals(reopened.body(), 200, reopened.statusCode());

        HttpResponse<String> publicRead = http.get(DECISIONS_RK + 2076);
        assertEquals(publicRead.body(), 200, publicRead.statusCode());
        JsonNode decided = decisionsJson(publicRead);
        assertEquals("APPROVED", decided.get("status").asText());
        assertEquals(3, decided.get("activities").size());
        assertEquals("DONE", decided.get("activities").get(0).get("followUps").get(0).get("status").asText());
        assertEquals("DRAFT", decided.get("revision").get("status").asText());
        assertEquals("samordnare", decided.get("revision").get("by").asText());
        assertTrue(decided.get("revision").has("since"));
        JsonNode summary = decisionsJson(http.get("/api/plans/2076/summary"));
        assertEquals(1, summary.get("committees").asInt());
        assertEquals(3, summary.get("activities").asInt());
        assertFalse(summary.get("committeesWithoutPlan").toString().contains("rinkeby-kista"));
        assertEquals("APPROVED", decisionsCommitteePlan(decisionsJson(http.get("/api/plans/2076")), "rinkeby-kista")
                .get("plan").get("status").asText());

        HttpResponse<String> draft = as("editor-rinkeby-kista", "GET", DECISIONS_RK + 2076, null);
        assertEquals("DRAFT", decisionsJson(draft).get("status").asText());
        HttpResponse<String> edited = http.call("PUT", DECISIONS_RK + 2076, PlansIT.plan(1), "editor-rinkeby-kista",
                "editor", "If-Match", draft.headers().firstValue("ETag").orElseThrow());
        assertEquals(edited.body(), 200, edited.statusCode());
        HttpResponse<String> stillDecided = http.get(DECISIONS_RK + 2076);
        assertEquals(3, decisionsJson(stillDecided).get("activities").size());
        assertEquals(decisionsJson(edited).get("version").asLong(),
                decisionsJson(stillDecided).get("revision").get("version").asLong());
        assertNotEquals(publicRead.headers().firstValue("ETag"), stillDecided.headers().firstValue("ETag"));
        assertEquals("APPROVED", decisionsJson(as("editor-rinkeby-kista", "GET", DECISIONS_RK + "2076?view=decided",
                null)).get("status").asText());
        assertEquals(400, http.get(DECISIONS_RK + "2076?view=other").statusCode());

        assertEquals(200, as("editor-rinkeby-kista", "POST", DECISIONS_RK + "2076/status", PlansIT.ADOPT)
                .statusCode());

        JsonNode readopted = decisionsJson(http.get(DECISIONS_RK + 2076));
        assertEquals("ADOPTED", readopted.get("status").asText());
        assertEquals(1, readopted.get("activities").size());
        assertFalse(readopted.has("revision"));
        assertEquals(1, decisionsJson(http.get("/api/plans/2076/summary")).get("activities").asInt());
    }

    private List<String> auditActions(String path) {
        List<String> actions = new ArrayList<>();
        auditJson(as("samordnare", "GET", path, null)).get("entries")
                .forEach(entry -> actions.add(entry.get("action").asText()));
        return actions;
    }

    private void auditSwitch(String committee, String feature, boolean enabled) {
        HttpResponse<String> response = as("samordnare", "PUT", "/api/admin/committees/" + committee + "/features/"
                + feature, "{\"enabled\": " + enabled + "}");
        assertEquals(response.body(), 200, response.statusCode());
    }

    /** The path and query of the Link rel="next", or null on the last page. */
    private static String auditNextLink(HttpResponse<String> response) {
        String link = response.headers().firstValue("Link").orElse(null);
        if (link == null) {
            return null;
        }
        Matcher next = AUDIT_NEXT_LINK.matcher(link);
        assertTrue(link, next.find());
        return next.group(1);
    }

    private static JsonNode auditJson(HttpResponse<String> response) {
        try {
            JsonNode body = JSON.readTree(response.body());
            assertNotNull(response.body(), body);
            return body;
        } catch (Exception e) {
            throw new AssertionError(response.statusCode() + " " + response.body(), e);
        }
    }

    /** A plan with a public and a confidential section, public and confidential counts, adopted. */
    private void adoptedPlanWithSecrets(int year) {
        HttpResponse<String> created = as("editor-rinkeby-kista", "PUT", RK + year, plan(year));
        assertEquals(created.body(), 201, created.statusCode());
        HttpResponse<String> adopted = as("editor-rinkeby-kista", "POST", RK + year + "/status", PlansIT.ADOPT);
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

    /** A plan of Rinkeby-Kista with a public and a confidential section, public and confidential counts. */
    static String plan(int year) {
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

    /** A plan with typed counts: two public ones (2 and 7) and a confidential one (13). */
    private static final String TYPED_PLAN = """
            {"coordinatorRole": "Samordnare mot våldsbejakande extremism",
             "situationPicture": {"sections": [], "incidents": [
               {"environment": "ISLAMIST", "type": "RECRUITMENT", "source": "POLICE", "period": "T1",
                "placeType": "SCHOOL", "count": 2, "classification": "PUBLIC"},
               {"environment": "ISLAMIST", "type": "GRAFFITI_AND_SYMBOLS", "source": "TYCK_TILL", "period": "T2",
                "placeType": "PUBLIC_SPACE", "count": 7, "classification": "PUBLIC"},
               {"environment": "WHITE_POWER", "type": "THREATS_AND_VIOLENCE", "source": "INCIDENT_REPORTING_SYSTEM",
                "period": "T3", "placeType": "YOUTH_CENTRE", "count": 13, "legalGround": "OSL 18 kap. 1 §"}]},
             "activities": [%s]}
            """.formatted(PlansIT.activity(2066, 1));

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailPart) {
        assertEquals(response.body(), status, response.statusCode());
        assertTrue(response.body(), response.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"));
        assertTrue(response.body(), response.body().contains(detailPart));
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
