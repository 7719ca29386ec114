package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.SignIn;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * The blankett för avidentifierad information in a real Chromium: from the routine's link (month and actions filled
 * in), a phone number in the description refused beside the field, the report's number on confirmation; then the
 * committee's editor accepts it on the review page and takes it over into the draft plan's lägesbild. Accessible
 * (axe-core, WCAG 2.1 A and AA) at desktop and phone width.
 */
class WebIncidentReportsIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("web-incident-reports");

    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Europe/Stockholm"));

    private final Browser browser = PLATFORM.browser();

    @Test
    void aReportFromTheRoutinesLinkIsReviewedAndTakenOverIntoThePlan() throws Exception {
        SignIn.signedOut(browser);
        browser.open("/rutin");
        answer("Hotar fara liv, hälsa eller egendom just nu?", "Ja");
        answer("Gäller oron någon som är under 18 år?", "Ja");
        answer("Misstänker du ett brott?", "Nej");
        browser.select("Din nämnd eller förvaltning (frivilligt)", "Älvsjö stadsdelsnämnd");
        browser.click("Visa vad du ska göra");
        browser.click("Fyll i blanketten för avidentifierad information");
        SignIn.fillLoginForm(browser, "rapportor", "rapportor");
        assertEquals("/namnd/alvsjo/rapportera?month=" + THIS_MONTH + "&actions=EMERGENCY_112,SOCIAL_SERVICES_REPORT",
                browser.currentPath(), "back on the form the routine linked");
        assertEquals(THIS_MONTH.toString(), browser.field("Månad").getDomProperty("value"));
        assertTrue(browser.field("Larmat 112").isSelected());
        assertTrue(browser.field("Orosanmälan till socialtjänsten").isSelected());
        assertTrue(browser.text().contains("Skriv inte"), browser.text());
        browser.checkEveryWidth("rapportera");

        browser.select("Miljö", "Vit makt-miljön");
        browser.select("Typ av händelse", "Propaganda och flygblad");
        browser.select("Typ av plats", "Skola");
        browser.select("Varifrån kommer uppgiften", "Egna verksamheter");
        browser.fill("Beskrivning", "Flygblad i entrén. Ring vaktmästaren på 070-123 45 67.");
        browser.click("Skicka rapporten");

        assertTrue(browser.text().contains("Det finns ett fel att rätta"), browser.text());
        assertTrue(browser.text().contains("telefonnummer"), browser.text());
        assertEquals("true", browser.field("Beskrivning").getDomAttribute("aria-invalid"));
        browser.checkEveryWidth("rapportera-fel");

        browser.fill("Beskrivning", "Flygblad med vit makt-budskap i entrén, vaktmästaren tog bort dem.");
        browser.click("Skicka rapporten");
        String confirmation = browser.driver().switchTo().activeElement().getText();
        assertTrue(confirmation.startsWith("Tack! Rapporten är mottagen som nummer "), confirmation);
        String number = confirmation.replaceAll("\\D", "");
        browser.checkEveryWidth("rapportera-mottagen");

        int year = THIS_MONTH.getYear();
        HttpResponse<String> plan = PLATFORM.http().call("PUT", "/api/committees/alvsjo/plans/" + year,
                PlansIT.plan(1), "editor-alvsjo", "editor");
        assertEquals(201, plan.statusCode(), plan.body());
        SignIn.as(browser, "editor-alvsjo", "editor");
        browser.open("/namnd/alvsjo/rapporter");
        WebElement report = browser.driver().findElement(By.xpath("//section[h2[starts-with(normalize-space(), 'Rapport "
                + number + ":')]]"));
        assertTrue(report.getText().contains("av rapportor"), report.getText());
        assertTrue(report.getText().contains("Inskickad, ej granskad"), report.getText());
        browser.checkEveryWidth("rapporter");
        browser.click(report.findElement(By.xpath(".//button[normalize-space()='Godkänn']")));
        assertTrue(browser.driver().findElement(By.xpath("//section[h2[starts-with(normalize-space(), 'Rapport " + number
                + ":')]]")).getText().contains("Godkänd"), browser.text());

        browser.open("/namnd/alvsjo/" + year + "/redigera");
        assertTrue(browser.text().contains("1 godkänd rapport denna period"), browser.text());
        browser.checkEveryWidth("redigera-rapporter");
        browser.click("Ta över");

        assertTrue(browser.text().contains("Alla godkända rapporter finns med bland händelserna."), browser.text());
        String incidents = PLATFORM.http().call("GET", "/api/committees/alvsjo/plans/" + year, null, "editor-alvsjo",
                "editor").body();
        assertTrue(incidents.contains("\"type\":\"PROPAGANDA\""), incidents);
        assertFalse(incidents.contains("rapportor"), "the reporter is not in the plan");

        SignIn.signedOut(browser);
        browser.open("/?ar=" + year);
        WebElement totals = browser.driver().findElement(By.xpath("//section[h2[normalize-space()="
                + "'Godkända rapporter från medarbetare']]"));
        assertTrue(totals.getText().contains("Totalt färre än 3"), totals.getText());
        browser.checkEveryWidth("oversikt-rapporter");
    }

    /** Chooses "Ja" or "Nej" in the fieldset whose legend is the question. */
    private void answer(String question, String choice) {
        WebElement fieldset = browser.driver().findElement(By.xpath(
                "//fieldset[legend[normalize-space()='" + question + "']]"));
        WebElement label = fieldset.findElement(By.xpath(".//label[normalize-space()='" + choice + "']"));
        fieldset.findElement(By.id(label.getDomAttribute("for"))).click();
    }
}
