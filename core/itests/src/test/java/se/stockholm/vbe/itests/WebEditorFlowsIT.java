package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.SignIn;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * A committee's editors at work in a real Chromium: writing a plan from the catalogue, a refused personnummer
 * explained beside its field, a plan changed by someone else (412), adopting it; the follow-up grid; a grant check
 * and its reasons; and what another committee's editor cannot open. Each page passes axe-core at both widths.
 */
class WebEditorFlowsIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("web-editor");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Browser browser = PLATFORM.browser();

    @Test
    void anEditorWritesAPlanFromTheCatalogueSeesItsErrorsAndA412AndAdoptsIt() throws Exception {
        SignIn.signedOut(browser);
        browser.open("/namnd/alvsjo/2027/redigera");
        SignIn.fillLoginForm(browser, "editor-alvsjo", "editor");
        assertEquals("/namnd/alvsjo/2027/redigera", browser.currentPath(), "back where the editor was going");
        assertTrue(browser.text().contains("Ny handlingsplan 2027"), browser.text());
        browser.checkEveryWidth("redigera-ny");

        browser.click("Lägg till avsnitt");
        browser.fill("Rubrik", "Lokal lägesbild");
        browser.fill("Text", "En elev med personnummer 19811218-9876 har uppmärksammats.");
        browser.select("Aktivitet ur nämndens katalog (frivilligt)", "Trygghetsgruppen");
        browser.click("Lägg till från katalogen");
        browser.select("Aktivitet ur nämndens katalog (frivilligt)", "Platssamverkan");
        browser.click("Lägg till från katalogen");
        assertEquals("Trygghetsgruppen", activityTitles().get(0), "pre-filled from the catalogue");
        List<WebElement> activities = browser.driver().findElements(By.cssSelector("fieldset.activity-editor"));
        browser.click(buttonIn(activities.get(1), "Flytta upp"));
        assertEquals(List.of("Platssamverkan", "Trygghetsgruppen"), activityTitles(), "reordered");
        browser.click("Skapa utkastet");

        WebElement text = browser.field("Text");
        assertEquals("true", text.getDomAttribute("aria-invalid"));
        String error = errorOf(text);
        assertTrue(error.contains("personnummer") && error.contains("skriv om texten"), error);
        assertTrue(browser.text().contains("Det finns ett fel att rätta"), browser.text());
        browser.checkEveryWidth("redigera-fel");

        browser.fill("Text", "Förvaltningen har fått in enstaka rapporter under året.");
        browser.click("Lägg till händelserad");
        browser.select("Miljö", "Vit makt-miljön");
        browser.select("Typ av händelse", "Klotter och symboler");
        browser.select("Källa", "Tyck till");
        browser.select("Period (frivilligt)", "Tertial 2 (maj–augusti)");
        browser.select("Typ av plats", "Skola");
        browser.fill("Antal", "4");
        browser.click("Skapa utkastet");
        assertTrue(browser.text().contains("Redigera handlingsplan 2027"), browser.text());
        JsonNode incident = JSON.readTree(PLATFORM.http().get("/api/committees/alvsjo/plans/2027", "editor-alvsjo",
                "editor").body()).at("/situationPicture/incidents/0");
        assertEquals("WHITE_POWER GRAFFITI_AND_SYMBOLS TYCK_TILL T2 SCHOOL 4", String.join(" ",
                incident.path("environment").asText(), incident.path("type").asText(), incident.path("source").asText(),
                incident.path("period").asText(), incident.path("placeType").asText(), incident.path("count").asText()));
        assertEquals(List.of("Platssamverkan", "Trygghetsgruppen"), activityTitles(), "saved in that order");

        HttpResponse<String> current = PLATFORM.http().get("/api/committees/alvsjo/plans/2027", "editor-alvsjo", "editor");
        JsonNode plan = JSON.readTree(current.body());
        ((com.fasterxml.jackson.databind.node.ObjectNode) plan).put("nextRevision", "Ändrad av en kollega");
        assertEquals(200, PLATFORM.http().call("PUT", "/api/committees/alvsjo/plans/2027", plan.toString(),
                "editor-alvsjo", "editor", "If-Match", current.headers().firstValue("ETag").orElseThrow()).statusCode());
        browser.fill("Ansvarig för samordningen", "Preventionssamordnare");
        browser.click("Spara utkastet");
        assertTrue(browser.text().contains("Planen har ändrats av någon annan — ladda om."), browser.text());
        browser.click("Ladda om planen");
        assertEquals("Ändrad av en kollega", browser.field("Nästa revidering (frivilligt)").getDomProperty("value"));

        browser.click(buttonIn(browser.driver().findElements(By.cssSelector("fieldset.activity-editor")).get(1),
                "Ta bort aktiviteten"));
        browser.click("Spara utkastet");
        assertTrue(browser.text().contains("Utkastet är sparat"), browser.text());
        assertEquals(List.of("Platssamverkan"), activityTitles());

        browser.fill("Nästa revidering (frivilligt)", "Tertialrapport 1 2028");
        browser.click("Anta planen");
        assertTrue(browser.text().contains("Utkastet har ändringar som inte är sparade"), "unsaved changes are not adopted");
        browser.click("Spara utkastet");

        SignIn.setDate(browser, browser.field("Sammanträdesdag"), "2026-11-19");
        browser.fill("Diarienummer", "dnr 17");
        browser.fill("Paragraf i protokollet", "§ 9");
        browser.click("Anta planen");
        assertEquals("true", browser.field("Diarienummer").getDomAttribute("aria-invalid"), browser.text());
        assertTrue(errorOf(browser.field("Diarienummer")).contains("1.2.3-456/2019"), errorOf(browser.field("Diarienummer")));
        browser.fill("Diarienummer", "1.2.3-77/2026");
        browser.click("Anta planen");
        assertTrue(browser.text().contains("Planen är antagen"), browser.text());
        browser.checkEveryWidth("redigera-antagen");

        browser.click("Läs planen");
        assertTrue(browser.text().contains("Antagen av nämnden"), browser.text());
        assertTrue(browser.text().contains("1.2.3-77/2026"), browser.text());
        assertTrue(browser.text().contains("Platssamverkan"), browser.text());
        WebElement incidentRow = browser.driver().findElement(By.xpath(
                "//table[caption='Rapporterade händelser rad för rad']/tbody/tr"));
        assertEquals("Klotter och symboler Vit makt-miljön Tyck till Tertial 2 (maj–augusti) Skola 4 Sekretess",
                incidentRow.getText().replaceAll("\\s+", " "));
        WebElement perPeriod = browser.driver().findElement(By.xpath(
                "//table[caption='Rapporterade händelser per period']/tbody/tr[2]"));
        assertEquals("Tertial 2 (maj–augusti) 4", perPeriod.getText().replaceAll("\\s+", " "));
    }

    @Test
    void anEditorStartsNextYearsRevisionFromThisYearsPlan() throws Exception {
        SignIn.as(browser, "editor-alvsjo", "editor");
        browser.open("/namnd/alvsjo/2018/redigera");

        browser.click("Starta planen för 2019");

        assertEquals("/namnd/alvsjo/2019/redigera", browser.currentPath());
        assertTrue(browser.text().contains("Redigera handlingsplan 2019"), browser.text());
        assertFalse(activityTitles().isEmpty(), "the activities came along");
        String before = PLATFORM.http().get("/api/committees/alvsjo/plans/2019", "editor-alvsjo", "editor").body();
        assertTrue(before.contains("\"frequency\""), "the seed plan's activities have a frequency: " + before);

        browser.click("Spara utkastet");

        assertTrue(browser.text().contains("Utkastet är sparat"), browser.text());
        String after = PLATFORM.http().get("/api/committees/alvsjo/plans/2019", "editor-alvsjo", "editor").body();
        assertEquals(JSON.readTree(before).findValues("frequency"), JSON.readTree(after).findValues("frequency"),
                "what the form does not edit is kept");
    }

    @Test
    void anEditorReportsT1FollowUpsInTheGrid() throws Exception {
        SignIn.as(browser, "editor-rinkeby-kista", "editor");
        browser.open("/namnd/rinkeby-kista/2019");
        browser.click("Rapportera uppföljning");
        assertEquals("/namnd/rinkeby-kista/2019/uppfoljning", browser.currentPath());
        assertTrue(browser.text().contains("Försenad"), "2019's periods are over: unreported ones are overdue");
        browser.checkEveryWidth("uppfoljning");

        WebElement cell = browser.driver().findElements(By.cssSelector("td[data-period='T1']")).get(0);
        String activityId = cell.getDomAttribute("data-activity");
        new Select(cell.findElement(By.tagName("select"))).selectByVisibleText("Genomförd");
        cell.findElement(By.tagName("textarea")).sendKeys("Punkten finns på dagordningen i alla forum.");
        browser.click(cell.findElement(By.cssSelector("button[type='submit']")));

        assertTrue(cell.getText().contains("Sparad nyss: Genomförd"), cell.getText());
        assertFalse(cell.getDomAttribute("class") != null && cell.getDomAttribute("class").contains("overdue"));
        JsonNode history = JSON.readTree(PLATFORM.http().get("/api/committees/rinkeby-kista/plans/2019/activities/"
                + activityId + "/follow-ups/T1/history").body());
        assertEquals("DONE", history.get(history.size() - 1).get("status").asText(), history.toString());
        assertEquals("editor-rinkeby-kista", history.get(history.size() - 1).get("recordedBy").asText());
    }

    @Test
    void anEditorRunsAGrantCheckAndSeesEachRulesReason() {
        SignIn.as(browser, "editor-alvsjo", "editor");
        browser.open("/namnd/alvsjo");
        browser.click("Kontroll av bidrag och lokaler");
        assertEquals("/namnd/alvsjo/kontroll", browser.currentPath());
        browser.checkEveryWidth("kontroll");

        browser.fill("Organisationens namn", "Föreningen Exempel");
        browser.fill("Organisationsnummer", "802000-0005");
        browser.fill("Syfte", "Läxhjälp för unga i området");
        browser.fill("Belopp (kronor)", "15000");
        for (String declaration : List.of("Demokrati", "Mänskliga rättigheter", "Avståndstagande från våld")) {
            browser.field(declaration).click();
        }
        browser.click("Pröva ansökan");
        assertTrue(errorOf(browser.field("Organisationsnummer")).contains("kontrollsiffran"),
                errorOf(browser.field("Organisationsnummer")));

        browser.fill("Organisationsnummer", "802000-0009");
        browser.click("Pröva ansökan");
        assertTrue(browser.text().contains("Beslut: Avslås"), browser.text());
        assertTrue(browser.text().contains("Sökanden har inte intygat jämställdhet"), browser.text());
        assertTrue(browser.text().contains("Organisationen står inte på stadens stopplista."), browser.text());
        assertTrue(browser.driver().findElement(By.cssSelector(".table-frame[aria-label='Tidigare kontroller, senaste först']"))
                .getText().contains("Föreningen Exempel"), "the check is among the committee's earlier checks");
        browser.checkEveryWidth("kontroll-beslut");
    }

    @Test
    void anotherCommitteesEditorCannotOpenTheFirstOnesEditorOrTheCoordinatorsPages() {
        SignIn.as(browser, "editor-alvsjo", "editor");

        for (String page : List.of("/namnd/rinkeby-kista/2019/redigera", "/namnd/rinkeby-kista/2019/uppfoljning",
                "/namnd/rinkeby-kista/kontroll", "/samordnare", "/samordnare/paket")) {
            browser.open(page);
            assertTrue(browser.text().contains("Ingen behörighet"), page + ": " + browser.text());
            assertFalse(browser.text().contains("Spara"), page);
        }
        browser.open("/namnd/rinkeby-kista/2019");
        assertFalse(browser.text().contains("Redigera utkastet") || browser.text().contains("Rapportera uppföljning"),
                "no editing links on another committee's plan");
        browser.checkEveryWidth("ingen-behorighet");
    }

    private List<String> activityTitles() {
        return browser.driver().findElements(By.cssSelector("fieldset.activity-editor input[name='title']")).stream()
                .map(input -> input.getDomProperty("value")).toList();
    }

    /** The part's button whose words begin with {@code text} (screen readers also hear which item it is for). */
    private static WebElement buttonIn(WebElement part, String text) {
        return part.findElements(By.tagName("button")).stream()
                .filter(button -> button.getDomProperty("textContent").startsWith(text))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + text));
    }

    /** The error tied to a control through aria-describedby. */
    private String errorOf(WebElement control) {
        String describedBy = control.getDomAttribute("aria-describedby");
        assertTrue(describedBy != null && describedBy.contains("-error"), "no error tied to the field: " + describedBy);
        return browser.driver().findElement(By.id(describedBy.replaceAll(".*?(\\S+-error).*", "$1"))).getText();
    }
}
