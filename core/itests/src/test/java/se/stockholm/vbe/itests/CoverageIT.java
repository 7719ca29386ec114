package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static se.stockholm.vbe.itests.Answers.assertProblem;
import static se.stockholm.vbe.itests.Answers.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The coverage of the city's guidelines over real HTTP in the distribution, on the four sample committees as
 * shipped: their known gaps, a committee's tick of the oro routine, the coordinator's checklist, who may do what,
 * what anonymous callers see, and bad input refused with nothing written. Each test uses its own plan year (or
 * puts back what it changed), so the order of the tests does not matter.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoverageIT extends VbeKarafTestSupport {

    private static final String TICK = "{\"done\": true, \"comment\": \"Rutinen gicks igenom på arbetsplatsträffen i mars\"}";

    @Test
    public void theSampleCommitteesShowTheirKnownGapsWithTheCitysGapsFirst() throws Exception {
        JsonNode matrix = json(as(null, "GET", "/api/coverage/2018", null));

        assertEquals("NO_ACTIVITY", cell(matrix, "alvsjo", "staff-training").get("reasonCode").asText());
        assertEquals("GAP", cell(matrix, "alvsjo", "staff-training").get("status").asText());
        assertEquals("Ingen aktivitet inom området Kompetenshöjande i planen",
                cell(matrix, "alvsjo", "staff-training").get("reason").asText());
        assertEquals("MET", cell(matrix, "alvsjo", "police-collaboration").get("status").asText());
        assertEquals("Aktivitet i planen: Trygghetsgruppen",
                cell(matrix, "alvsjo", "police-collaboration").get("reason").asText());
        assertEquals("MET", cell(matrix, "hasselby-vallingby", "staff-training").get("status").asText());
        assertEquals("NO_MATCHING_ACTIVITY",
                cell(matrix, "hasselby-vallingby", "police-collaboration").get("reasonCode").asText());
        assertEquals("APPROVAL_DATE_UNKNOWN", cell(matrix, "alvsjo", "plan-approved").get("reasonCode").asText());
        assertEquals("MET", cell(matrix, "alvsjo", "coordinator").get("status").asText());
        assertEquals("MET", cell(matrix, "alvsjo", "situation-picture").get("status").asText());
        assertEquals("MET", cell(matrix, "alvsjo", "grant-checks").get("status").asText());
        assertEquals("NOT_TICKED", cell(matrix, "alvsjo", "oro-routine").get("reasonCode").asText());
        assertEquals("NO_DECIDED_PLAN", cell(matrix, "rinkeby-kista", "coordinator").get("reasonCode").asText());
        assertEquals("NOT_APPLICABLE", cell(matrix, "idrottsnamnden", "exit-support").get("status").asText());
        assertFalse(cell(matrix, "idrottsnamnden", "exit-support").get("gap").asBoolean());

        JsonNode items = matrix.get("items");
        for (int i = 1; i < items.size(); i++) {
            assertTrue(matrix.toString(), items.get(i - 1).get("gaps").asInt() >= items.get(i).get("gaps").asInt());
        }
        assertEquals("plan-approved", items.get(0).get("item").get("id").asText());
        assertEquals(4, items.get(0).get("gaps").asInt());
        assertEquals("grant-checks", items.get(items.size() - 1).get("item").get("id").asText());
        JsonNode committees = matrix.get("committees");
        assertEquals("rinkeby-kista", committees.get(0).get("committeeId").asText());
        assertEquals(8, committees.get(0).get("gaps").asInt());
        for (JsonNode committee : committees) {
            for (int i = 0; i < items.size(); i++) {
                assertEquals("cells in the order of the items", items.get(i).get("item").get("id").asText(),
                        committee.get("cells").get(i).get("itemId").asText());
            }
        }

        JsonNode rinkeby2019 = json(as(null, "GET", "/api/coverage/2019", null));
        assertEquals("MET", cell(rinkeby2019, "rinkeby-kista", "staff-training").get("status").asText());
        assertEquals("a support for relatives written under Förhindrande is not in the area RELATIVES_SUPPORT", "GAP",
                cell(rinkeby2019, "rinkeby-kista", "relatives-support").get("status").asText());
    }

    @Test
    public void anEditorTicksTheOroRoutineWhichChangesTheCellAndOnlyStaffReadTheComment() throws Exception {
        String path = "/api/committees/rinkeby-kista/coverage/2019/oro-routine";
        assertEquals("GAP", cell(json(as(null, "GET", "/api/coverage/2019", null)), "rinkeby-kista", "oro-routine")
                .get("status").asText());

        HttpResponse<String> ticked = as("editor-rinkeby-kista", "PUT", path, TICK);

        assertEquals(ticked.body(), 200, ticked.statusCode());
        assertEquals("TICKED", json(ticked).get("status").asText());
        JsonNode anonymous = cell(json(as(null, "GET", "/api/coverage/2019", null)), "rinkeby-kista", "oro-routine");
        assertEquals("TICKED", anonymous.get("status").asText());
        assertFalse(anonymous.get("gap").asBoolean());
        assertTrue(anonymous.toString(), absent(anonymous, "comment") && absent(anonymous, "tickedBy"));
        assertFalse(as(null, "GET", "/api/coverage/2019", null).body().contains("arbetsplatsträffen"));
        JsonNode staff = cell(json(as("lasare", "GET", "/api/coverage/2019", null)), "rinkeby-kista", "oro-routine");
        assertEquals("Rutinen gicks igenom på arbetsplatsträffen i mars", staff.get("comment").asText());
        assertEquals("editor-rinkeby-kista", staff.get("tickedBy").asText());
        assertTrue(as("samordnare", "GET", "/api/audit?committee=rinkeby-kista", null).body()
                .contains("\"action\":\"coverage-tick\""));

        HttpResponse<String> undone = as("editor-rinkeby-kista", "PUT", path, "{\"done\": false}");
        assertEquals("TICKED_NOT_DONE", json(undone).get("reasonCode").asText());
        assertEquals("GAP", cell(json(as(null, "GET", "/api/coverage/2019", null)), "rinkeby-kista", "oro-routine")
                .get("status").asText());
    }

    @Test
    public void anEditorOfAnotherCommitteeOrAnAnonymousCallerCannotTick() throws Exception {
        String path = "/api/committees/rinkeby-kista/coverage/2020/oro-routine";

        assertProblem(as("editor-alvsjo", "PUT", path, TICK), 403, "rinkeby-kista");
        assertEquals(401, as(null, "PUT", path, TICK).statusCode());

        assertEquals("NOT_TICKED", cell(json(as("lasare", "GET", "/api/coverage/2020", null)), "rinkeby-kista",
                "oro-routine").get("reasonCode").asText());
    }

    @Test
    public void badInputIsRefusedAsProblemJsonAndNothingIsWritten() throws Exception {
        String base = "/api/committees/alvsjo/coverage/2021/";
        assertProblem(as("editor-alvsjo", "PUT", base + "no-such-item", TICK), 404, "no-such-item");
        assertProblem(as("editor-alvsjo", "PUT", "/api/committees/alvsjo/coverage/2101/oro-routine", TICK), 422,
                "year");
        assertProblem(as(null, "GET", "/api/coverage/1999", null), 422, "between 2000 and 2100");
        assertProblem(as("editor-alvsjo", "PUT", base + "oro-routine",
                "{\"done\": true, \"comment\": \"Kontakt 811218-9876\"}"), 422, "personal identity numbers");
        assertProblem(as("editor-alvsjo", "PUT", base + "oro-routine", "{\"comment\": \"Inget svar\"}"), 422, "done");
        assertProblem(as("editor-alvsjo", "PUT", base + "police-collaboration", TICK), 422,
                "evaluated from the data");
        assertProblem(as("editor-alvsjo", "PUT", "/api/committees/no-such-committee/coverage/2021/oro-routine", TICK),
                404, "no committee no-such-committee");

        JsonNode cell = cell(json(as("lasare", "GET", "/api/coverage/2021", null)), "alvsjo", "oro-routine");
        assertEquals("NOT_TICKED", cell.get("reasonCode").asText());
        assertTrue(absent(cell, "comment"));
        assertFalse(as("samordnare", "GET", "/api/audit?committee=alvsjo", null).body().contains("coverage-tick"));
    }

    @Test
    public void theCoordinatorRemovesAndAddsAnItemWhichTheMatrixFollows() throws Exception {
        JsonNode original = json(as(null, "GET", "/api/admin/coverage/checklist", null));
        assertTrue(absent(original, "changedAt"));
        assertEquals(9, original.get("items").size());
        ObjectNode changed = (ObjectNode) original.deepCopy();
        ArrayNode items = changed.putArray("items");
        for (JsonNode item : original.get("items")) {
            if (!item.get("id").asText().equals("exit-support")) {
                items.add(item);
            }
        }
        items.addObject().put("id", "school-collaboration").put("kind", "ACTIVITY_IN_AREA")
                .put("title", "Samverkan med skolan i planen").put("area", "COLLABORATION").putArray("terms").add("skol");

        assertProblem(as("editor-alvsjo", "PUT", "/api/admin/coverage/checklist", changed.toString()), 403, "");
        HttpResponse<String> set = as("samordnare", "PUT", "/api/admin/coverage/checklist", changed.toString());
        try {
            assertEquals(set.body(), 200, set.statusCode());
            assertEquals("samordnare", json(set).get("changedBy").asText());
            JsonNode matrix = json(as(null, "GET", "/api/coverage/2018", null));
            List<String> ids = new ArrayList<>();
            matrix.get("items").forEach(i -> ids.add(i.get("item").get("id").asText()));
            assertFalse(ids.toString(), ids.contains("exit-support"));
            assertTrue(ids.toString(), ids.contains("school-collaboration"));
            assertEquals("Aktivitet i planen: Trygg- och säkerhetsrådet",
                    cell(matrix, "alvsjo", "school-collaboration").get("reason").asText());
            assertEquals("GAP", cell(matrix, "hasselby-vallingby", "school-collaboration").get("status").asText());
            assertTrue(as("samordnare", "GET", "/api/audit", null).body().contains("coverage-checklist"));

            assertProblem(as("samordnare", "PUT", "/api/admin/coverage/checklist", "{\"items\": []}"), 422, "items");
            ObjectNode noArea = changed.deepCopy();
            ((ArrayNode) noArea.get("items")).addObject().put("id", "x-area").put("kind", "ACTIVITY_IN_AREA")
                    .put("title", "Utan område");
            assertProblem(as("samordnare", "PUT", "/api/admin/coverage/checklist", noArea.toString()), 422, "area");
            assertEquals("nothing written by a refusal", json(set).get("items"),
                    json(as(null, "GET", "/api/admin/coverage/checklist", null)).get("items"));

            ObjectNode withReports = changed.deepCopy();
            ((ArrayNode) withReports.get("items")).addObject().put("id", "reports")
                    .put("kind", "INCIDENT_REPORTS_RECEIVED").put("title", "Avidentifierade rapporter mottagna");
            HttpResponse<String> reportsItem = as("samordnare", "PUT", "/api/admin/coverage/checklist",
                    withReports.toString());
            assertEquals(reportsItem.body(), 200, reportsItem.statusCode());
            JsonNode reportsCell = cell(json(as(null, "GET", "/api/coverage/2018", null)), "alvsjo", "reports");
            assertEquals("GAP", reportsCell.get("status").asText());
            assertEquals("NO_REPORTS_RECEIVED", reportsCell.get("reasonCode").asText());
        } finally {
            assertEquals(200, as("samordnare", "PUT", "/api/admin/coverage/checklist", original.toString())
                    .statusCode());
        }
    }

    /** A field the API leaves out when it has no value. */
    private static boolean absent(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull();
    }

    private static JsonNode cell(JsonNode matrix, String committeeId, String itemId) {
        int column = -1;
        for (int i = 0; i < matrix.get("items").size(); i++) {
            if (matrix.get("items").get(i).get("item").get("id").asText().equals(itemId)) {
                column = i;
            }
        }
        for (JsonNode committee : matrix.get("committees")) {
            if (committee.get("committeeId").asText().equals(committeeId)) {
                JsonNode cell = committee.get("cells").get(column);
                assertNotNull(matrix.toString(), cell);
                return cell;
            }
        }
        throw new AssertionError("no committee " + committeeId + " in " + matrix);
    }
}
