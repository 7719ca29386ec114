package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.SignIn;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * The yearly revision in a real Chromium: an editor starts next year's plan from the seed plan and sees last year's
 * outcome beside each carried activity and that a new lägesbild is needed; the comparison page then says in words
 * what changed against last year. Each page passes axe-core at both widths.
 */
class WebRevisionDiffIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("web-revision");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RK = "/api/committees/rinkeby-kista/plans/";

    private final Browser browser = PLATFORM.browser();

    @Test
    void anEditorRevisesThePlanSeesLastYearsOutcomeAndComparesTheYears() throws Exception {
        JsonNode last = JSON.readTree(PLATFORM.http().get(RK + 2019).body());
        long first = last.at("/activities/0/id").asLong();
        assertEquals(200, editor("PUT", RK + "2019/activities/" + first + "/follow-ups/T1",
                "{\"status\":\"DONE\",\"comment\":\"Klar i mars\"}").statusCode());

        SignIn.as(browser, "editor-rinkeby-kista", "editor");
        browser.open("/namnd/rinkeby-kista/2019/redigera");
        browser.click("Starta planen för 2020");

        assertEquals("/namnd/rinkeby-kista/2020/redigera", browser.currentPath());
        String editorText = browser.text();
        assertTrue(editorText.contains("Ny lägesbild behövs"), editorText);
        assertTrue(editorText.contains("Status på föregående års åtgärd:"), editorText);
        assertTrue(editorText.contains("T1: Genomförd – Klar i mars"), editorText);
        browser.checkEveryWidth("revision-utkast");
        browser.click("Spara utkastet");
        assertTrue(browser.text().contains("Utkastet är sparat"), browser.text());

        JsonNode next = JSON.readTree(editor("GET", RK + 2020, null).body());
        assertEquals(first, next.at("/activities/0/predecessorId").asLong(), "saving the form keeps the link");
        assertEquals("Klar i mars", next.at("/activities/0/previousOutcome/0/comment").asText());
        ObjectNode changed = next.at("/activities/1").deepCopy();
        changed.putArray("responsible").add("Enhetschef fritid");
        assertEquals(200, editor("PUT", RK + "2020/activities/" + changed.get("id").asLong(), changed.toString())
                .statusCode());
        assertEquals(204, editor("DELETE", RK + "2020/activities/" + next.at("/activities/2/id").asLong(), null)
                .statusCode());
        assertEquals(201, editor("POST", RK + "2020/activities", PlansIT.activity(2020, 1)).statusCode());

        browser.open("/namnd/rinkeby-kista/2020");
        assertTrue(browser.text().contains("T1: Genomförd – Klar i mars"), browser.text());
        browser.click("Jämför med planen för 2019");

        assertEquals("/namnd/rinkeby-kista/2020/jamforelse?mot=2019", browser.currentPath());
        String compared = browser.text();
        for (String expected : new String[] {"Handlingsplan 2020 jämförd med 2019", "Överförd oförändrad",
                "Överförd och ändrad", "Ansvarig: " + String.join(", ", texts(last.at("/activities/1/responsible")))
                        + " → Enhetschef fritid", "Ny", "Utgår", "Trygghetsvandring 1", "Borttaget",
                "Uppföljning av planen för 2019"}) {
            assertTrue(compared.contains(expected), expected + " in " + compared);
        }
        browser.checkEveryWidth("jamforelse");

        SignIn.signedOut(browser);
        browser.open("/namnd/rinkeby-kista/2020/jamforelse");
        assertTrue(browser.text().contains("har ingen plan för 2020 som du kan se"), browser.text());
        assertFalse(browser.text().contains("Enhetschef fritid"));
    }

    private static HttpResponse<String> editor(String method, String path, String body) {
        return PLATFORM.http().call(method, path, body, "editor-rinkeby-kista", "editor");
    }

    private static String[] texts(JsonNode array) {
        String[] result = new String[array.size()];
        for (int i = 0; i < array.size(); i++) {
            result[i] = array.get(i).asText();
        }
        return result;
    }
}
