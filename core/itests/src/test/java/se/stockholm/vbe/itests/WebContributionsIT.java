package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.SignIn;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * Underlag från facknämnder in a real Chromium: Idrottsnämnden's editor sends observations for Rinkeby-Kista (a
 * personnummer in the text refused beside its field, nothing sent), Rinkeby-Kista's editor takes them into the draft
 * with "Ta in", and the plan page names Idrottsnämnden as a source of the lägesbild.
 */
class WebContributionsIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("web-contributions");

    private static final String TEXT = "Bokningsenheten stoppade lokalbokningen för en islamistisk organisation "
            + "som ville boka lokal i Kista via en privatperson.";
    private static final String TAKE_IN = "Ta in Idrottsnämnden, tertial 1 (januari–april)";

    private final Browser browser = PLATFORM.browser();

    @Test
    void aSpecialistSendsObservationsAndTheDistrictsEditorTakesThemIntoTheDraft() {
        assertEquals(201, PLATFORM.http().call("PUT", "/api/committees/rinkeby-kista/plans/2028", PlansIT.plan(0),
                "editor-rinkeby-kista", "editor").statusCode());

        SignIn.as(browser, "editor-idrottsnamnden", "editor");
        browser.click("Underlag: Idrottsnämnden");
        assertEquals("Idrottsnämnden: skicka underlag till en stadsdelsnämnd – VBE-plattformen", browser.title());
        browser.select("Stadsdelsnämnd", "Rinkeby-Kista stadsdelsnämnd");
        browser.fill("År", "2028");
        browser.select("Miljö", "Den islamistiska miljön");
        browser.select("Typ av händelse", "Lokalbokning eller bidrag");
        browser.select("Typ av plats", "Idrottsanläggning");
        browser.fill("Antal", "2");
        browser.select("Vem får läsa antalet", "Offentlig – alla");
        browser.fill("Rubrik", "Lokalbokning");
        browser.fill("Text", TEXT + " Kontakt 811218-9876");
        browser.select("Vem får läsa avsnittet", "Offentlig – alla");
        browser.click("Skicka underlaget");
        assertTrue(browser.text().contains("personnummer"), browser.text());
        assertTrue(browser.text().contains("Inget underlag skickat ännu."), "nothing was sent");

        browser.fill("Text", TEXT);
        browser.click("Skicka underlaget");
        browser.awaitText("Underlaget är skickat");
        assertTrue(browser.text().contains("2028, tertial 1 (januari–april): Inskickat, inte intaget ännu"),
                browser.text());
        browser.checkEveryWidth("underlag");

        SignIn.as(browser, "editor-rinkeby-kista", "editor");
        browser.open("/namnd/rinkeby-kista/2028/redigera");
        assertTrue(browser.text().contains("Underlag från facknämnder"), browser.text());
        assertTrue(browser.text().contains("Status: Inskickat, inte intaget"), browser.text());
        browser.click(TAKE_IN);
        browser.awaitText("Status: Intaget i planen");
        assertFalse(browser.text().contains(TAKE_IN));
        browser.checkEveryWidth("redigera-underlag");

        browser.open("/namnd/rinkeby-kista/2028");
        assertTrue(browser.text().contains("Underlag från: Idrottsnämnden"), browser.text());
        assertTrue(browser.text().contains("Idrottsnämnden: Lokalbokning"), browser.text());
        assertTrue(browser.text().contains(TEXT), browser.text());
    }
}
