package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.SignIn;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * Tidsfrister in a real Chromium: anyone sees the year's deadlines, the committees' grant windows and the addresses
 * to subscribe to; the coordinator sets next year's deadlines (dates out of order refused in Swedish beside the
 * field, nothing saved); Älvsjö's editor gives the committee a grant window.
 */
class WebCalendarIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("web-calendar");

    private static final int THIS_YEAR = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    private static final int NEXT_YEAR = THIS_YEAR + 1;
    private static final String T1 = "Tertialrapport 1 (januari–april), sista dag";
    private static final String T2 = "Tertialrapport 2 (maj–augusti), sista dag";

    private final Browser browser = PLATFORM.browser();

    @Test
    void anyoneSeesTheDeadlinesAndTheAddressesToSubscribeTo() {
        SignIn.signedOut(browser);
        browser.open("/");
        browser.click("Tidsfrister");

        assertEquals("Tidsfrister " + THIS_YEAR + " – VBE-plattformen", browser.title());
        String deadlines = table("Tidsfrister för handlingsplanerna");
        assertTrue(deadlines.contains("Tertialrapport 1 (januari–april) 15 maj " + THIS_YEAR), deadlines);
        assertTrue(deadlines.contains("Verksamhetsberättelse 15 februari " + NEXT_YEAR), deadlines);
        assertTrue(table("Ansökningsperioder").contains("Hässelby-Vällingby stadsdelsnämnd Ansökan om "
                + "föreningsbidrag för lokala föreningar 1 september " + THIS_YEAR + " – 15 oktober " + THIS_YEAR));
        String feed = browser.driver().findElement(By.linkText("Hela stadens kalender")).getDomAttribute("href");
        assertTrue(feed.endsWith("/api/calendar.ics"), feed);
        assertTrue(browser.text().contains("Kalender för Älvsjö stadsdelsnämnd"), browser.text());
        assertFalse(browser.text().contains("Sätt tidsfristerna"), "only for the coordinator");
        browser.checkEveryWidth("kalender");
    }

    @Test
    void theCoordinatorSetsNextYearsDeadlinesAndDatesOutOfOrderAreRefusedBesideTheField() {
        SignIn.as(browser, "samordnare", "samordnare");
        browser.open("/kalender?ar=" + NEXT_YEAR);
        SignIn.setDate(browser, browser.field(T2), NEXT_YEAR + "-04-01");
        browser.click("Spara tidsfristerna för " + NEXT_YEAR);

        assertTrue(browser.text().contains("Datumen ligger i fel ordning"), browser.text());
        assertEquals("true", browser.field(T2).getDomAttribute("aria-invalid"));
        browser.checkEveryWidth("kalender-fel");
        browser.open("/kalender?ar=" + NEXT_YEAR);
        assertTrue(table("Tidsfrister för handlingsplanerna").contains("15 september " + NEXT_YEAR), "nothing saved");

        SignIn.setDate(browser, browser.field(T1), NEXT_YEAR + "-05-20");
        browser.click("Spara tidsfristerna för " + NEXT_YEAR);

        browser.awaitText("Satta av samordnaren");
        assertTrue(table("Tidsfrister för handlingsplanerna").contains("Tertialrapport 1 (januari–april) 20 maj "
                + NEXT_YEAR), browser.text());
    }

    @Test
    void anEditorGivesItsCommitteeAGrantWindow() {
        SignIn.as(browser, "editor-alvsjo", "editor");
        browser.open("/kalender");
        assertFalse(browser.text().contains("Ansökningsperioder " + THIS_YEAR + " för Hässelby"),
                "only the editor's own committee");
        browser.fill("Vad som kan sökas, period 1", "Ansökan om föreningsbidrag för våren");
        SignIn.setDate(browser, browser.field("Första dag, period 1"), THIS_YEAR + "-03-01");
        SignIn.setDate(browser, browser.field("Sista dag, period 1"), THIS_YEAR + "-03-31");
        browser.click("Spara ansökningsperioderna för Älvsjö stadsdelsnämnd");

        browser.awaitText("Satta för " + THIS_YEAR);
        assertTrue(table("Ansökningsperioder").contains("Älvsjö stadsdelsnämnd Ansökan om föreningsbidrag för våren "
                + "1 mars " + THIS_YEAR + " – 31 mars " + THIS_YEAR), browser.text());
        browser.checkEveryWidth("kalender-perioder");
    }

    private String table(String captionStart) {
        return browser.driver().findElement(By.xpath("//table[caption[starts-with(normalize-space(.), '"
                + captionStart + "')]]")).getText().replace('\n', ' ');
    }
}
