package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.SignIn;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * The central samordnare in a real Chromium: the overview of every committee, approving an adopted plan for
 * kommunstyrelsen, switching a committee's grant check off after a confirmation (audited), which the committee's
 * editor then sees on the check page; the stop list; the committee bundles page with each bundle's nodes, an
 * online backup taken from it, and a committee's bundle put in quarantine with a reason and released again.
 */
class WebCoordinatorFlowsIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("web-coordinator");

    private static final String PLAN = "{\"coordinatorRole\":\"Samordnare mot våldsbejakande extremism\","
            + "\"activities\":[{\"title\":\"Utbildning om våldsbejakande extremism för fritidsgårdarnas personal\","
            + "\"area\":\"COMPETENCE\",\"responsible\":[\"Enhetschef fritid\"],\"schedule\":{\"start\":\"2026-01\","
            + "\"end\":\"2026-06\"},\"followUpIn\":[\"T1\",\"ANNUAL_REPORT\"]}]}";
    private static final String ADOPT = "{\"to\":\"ADOPTED\",\"meetingDate\":\"2026-02-12\","
            + "\"diaryNumber\":\"1.2.3-11/2026\",\"paragraph\":\"§ 5\"}";
    private static final String GRANT_CHECK_SWITCH = "På – Kontroll av föreningsbidrag för Hässelby-Vällingby stadsdelsnämnd";

    private final Browser browser = PLATFORM.browser();

    @Test
    void theCoordinatorApprovesAnAdoptedPlanAndSwitchesTheGrantCheckOffWhichTheEditorThenSees() {
        assertEquals(201, PLATFORM.http().call("PUT", "/api/committees/hasselby-vallingby/plans/2026", PLAN,
                "editor-hasselby-vallingby", "editor").statusCode());
        assertEquals(200, PLATFORM.http().call("POST", "/api/committees/hasselby-vallingby/plans/2026/status", ADOPT,
                "editor-hasselby-vallingby", "editor").statusCode());
        SignIn.as(browser, "samordnare", "samordnare");

        browser.click("Samordnare");
        assertEquals("/samordnare", browser.currentPath());
        assertTrue(browser.text().contains("Samordnarens översikt 2026"), browser.text());
        assertTrue(browser.text().contains("Hässelby-Vällingby stadsdelsnämnd – kommunstyrelsens godkännande"), browser.text());
        browser.checkEveryWidth("samordnare");

        SignIn.setDate(browser, browser.field("Sammanträdesdag"), "2026-03-04");
        browser.fill("Diarienummer", "1.2.3-11/2026");
        browser.fill("Paragraf i protokollet", "§ 14");
        browser.click("Godkänn planen för Hässelby-Vällingby stadsdelsnämnd");
        String row = browser.driver().findElement(By.xpath("//tr[th/a[text()='Hässelby-Vällingby stadsdelsnämnd']]")).getText();
        assertTrue(row.contains("Godkänd"), row);
        assertTrue(browser.text().contains("Inga antagna planer för 2026 väntar"), browser.text());

        browser.click(GRANT_CHECK_SWITCH);
        assertTrue(browser.text().contains("Vill du stänga av Kontroll av föreningsbidrag för Hässelby-Vällingby stadsdelsnämnd?"),
                browser.text());
        browser.click("Avbryt");
        browser.click(GRANT_CHECK_SWITCH);
        browser.click("Ja, stäng av");
        assertEquals("false", pressed("Kontroll av föreningsbidrag för Hässelby-Vällingby stadsdelsnämnd"));
        assertEquals("true", pressed("Kontroll av föreningsbidrag för Älvsjö stadsdelsnämnd"), "only that committee's");
        String audit = PLATFORM.http().get("/api/audit?committee=hasselby-vallingby", "samordnare", "samordnare").body();
        assertTrue(audit.contains("association-grant-check") && audit.contains("samordnare"), audit);

        SignIn.as(browser, "editor-hasselby-vallingby", "editor");
        browser.open("/namnd/hasselby-vallingby/kontroll");
        assertTrue(browser.text().contains("Kontrollen av föreningsbidrag är avstängd för nämnden av den centrala samordnaren."),
                browser.text());
        assertTrue(browser.field("Vad gäller ansökan").getText().contains("Lokalbokning"));
        assertTrue(!browser.field("Vad gäller ansökan").getText().contains("Föreningsbidrag"), "the switched-off check is not offered");
        browser.checkEveryWidth("kontroll-avstangd");
        browser.open("/namnd/hasselby-vallingby/2026");
        assertTrue(browser.text().contains("Godkänd av kommunstyrelsen"), browser.text());
    }

    @Test
    void theCoordinatorKeepsTheStopList() {
        SignIn.as(browser, "samordnare", "samordnare");
        browser.open("/samordnare");

        browser.fill("Organisationsnummer", "802000-0009");
        browser.fill("Organisationens namn", "Föreningen Odemokratisk");
        browser.fill("Skäl", "Har uppmanat till våld i sina kanaler.");
        browser.fill("Beslut (diarienummer)", "1.2.3-99/2026");
        browser.click("Lägg till på stopplistan");
        String list = browser.driver().findElement(By.cssSelector(".table-frame[aria-label='Stopplistan']")).getText();
        assertTrue(list.contains("Föreningen Odemokratisk (802000-0009)"), list);

        browser.click("Ta bort Föreningen Odemokratisk från stopplistan");
        assertTrue(browser.text().contains("Stopplistan är tom."), browser.text());
    }

    @Test
    void theCoordinatorSeesEveryCommitteeBundleOnEveryNodeAndTakesABackup() {
        SignIn.as(browser, "samordnare", "samordnare");

        browser.click("Nämndpaket");

        assertEquals("/samordnare/paket", browser.currentPath());
        String table = browser.driver().findElement(By.cssSelector(".table-frame[aria-label='Nämndernas paket']")).getText();
        for (String committee : new String[] {"se.stockholm.vbe.committee.alvsjo", "se.stockholm.vbe.committee.rinkeby-kista",
                "se.stockholm.vbe.committee.idrottsnamnden", "I drift", "Noder", "(i drift)"}) {
            assertTrue(table.contains(committee), committee + " in " + table);
        }

        browser.click("Ta en säkerhetskopia nu");

        String backups = browser.driver().findElement(By.cssSelector(".table-frame[aria-label='Säkerhetskopior, senaste först']"))
                .getText();
        assertTrue(backups.contains("Derby") && backups.contains("data/backup/"), backups);
        String audit = PLATFORM.http().get("/api/audit?entity=backup", "samordnare", "samordnare").body();
        assertTrue(audit.contains("\"action\":\"backup\"") && audit.contains("samordnare"), audit);
        browser.checkEveryWidth("paket");
    }

    @Test
    void theCoordinatorPutsACommitteesBundleInQuarantineWithAReasonAndReleasesIt() {
        SignIn.as(browser, "samordnare", "samordnare");
        browser.open("/samordnare/paket");
        assertTrue(quarantineRow("Idrottsnämnden").contains("Inte i karantän"), quarantineRow("Idrottsnämnden"));

        browser.click("Sätt i karantän – Idrottsnämnden");
        assertTrue(browser.text().contains("Vill du sätta Idrottsnämnden i karantän?"), browser.text());
        browser.click("Avbryt");
        browser.click("Sätt i karantän – Idrottsnämnden");
        browser.fill("Orsak till karantänen för Idrottsnämnden (frivilligt)", "Regeln för privata bokningar svarar inte");
        browser.click("Ja, sätt i karantän");

        String status = quarantineRow("Idrottsnämnden");
        assertTrue(status.contains("I karantän sedan") && status.contains("av samordnare")
                && status.contains("orsak: Regeln för privata bokningar svarar inte"), status);
        String packages = browser.driver().findElement(By.cssSelector(".table-frame[aria-label='Nämndernas paket']"))
                .getText();
        assertTrue(packages.contains("I karantän") && packages.contains("Teknisk uppgift (engelska): in quarantine since"),
                packages);
        String committee = PLATFORM.http().get("/api/committees/idrottsnamnden").body();
        assertTrue(committee.contains("\"quarantine\"") && committee.contains("\"online\":false"), committee);
        assertFalse(committee.contains("Regeln för privata bokningar"), "the reason is not public: " + committee);
        browser.checkEveryWidth("paket-karantan");

        browser.click("Släpp från karantän – Idrottsnämnden");

        assertTrue(quarantineRow("Idrottsnämnden").contains("Inte i karantän"), quarantineRow("Idrottsnämnden"));
        await().atMost(Duration.ofSeconds(20)).until(() -> PLATFORM.http().get("/api/committees/idrottsnamnden").body()
                .contains("\"online\":true"));
        String audit = PLATFORM.http().get("/api/audit?committee=idrottsnamnden", "samordnare", "samordnare").body();
        assertTrue(audit.contains("\"action\":\"quarantine\"") && audit.contains("\"action\":\"release\""), audit);
    }

    /** The committee's row in the quarantine table of the committee bundles page. */
    private String quarantineRow(String committee) {
        return browser.driver().findElement(By.xpath("//*[@aria-label='Nämndernas karantän']//tr[th[normalize-space()='"
                + committee + "']]")).getText();
    }

    /** Whether the feature matrix's switch for "feature för committee" is on (its aria-pressed). */
    private String pressed(String what) {
        return browser.driver().findElements(By.cssSelector("button[aria-pressed]")).stream()
                .filter(button -> button.getDomProperty("textContent").endsWith("– " + what)).findFirst()
                .orElseThrow(() -> new AssertionError("no switch for " + what)).getDomAttribute("aria-pressed");
    }
}
