package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.SignIn;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * Riktlinjernas täckning in a real Chromium: the public sees the sample committees' known gaps in words, the city's
 * gaps first and no committee's comments; Rinkeby-Kista's editor ticks the oro routine with a comment (a
 * personnummer in it refused beside the field), and the cell changes from a gap to ticked.
 */
class WebCoverageIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("web-coverage");

    private static final String ROUTINE = "Rutinen vid oro/händelse är känd";
    private static final String RINKEBY = "Rinkeby-Kista stadsdelsnämnd";
    private static final String COMMENT = "Kommentar om rutinen vid oro/händelse är känd (frivilligt)";

    private final Browser browser = PLATFORM.browser();

    @Test
    void thePublicSeesAKnownGapAndAnEditorTicksTheRoutineWhichChangesItsCell() {
        browser.open("/?ar=2019");
        browser.click("Riktlinjernas täckning 2019");
        assertEquals("Riktlinjernas täckning 2019 – VBE-plattformen", browser.title());
        String rinkeby = rowOf(RINKEBY);
        assertTrue(rinkeby.contains("Ingen aktivitet inom området Samverkan som nämner polis"), rinkeby);
        assertTrue(rinkeby.contains("Brist"), rinkeby);
        assertTrue(browser.text().contains("Stadens brister"), browser.text());
        assertTrue(browser.text().contains("Nämndernas kommentarer visas bara för inloggade medarbetare."));
        String firstColumn = browser.driver().findElement(By.cssSelector("table.coverage thead th:nth-child(2)")).getText();
        String lastColumn = browser.driver().findElement(By.cssSelector("table.coverage thead th:last-child")).getText();
        assertTrue(!firstColumn.equals("Kontroll av föreningsbidrag och lokaler påslagen")
                && lastColumn.equals("Kontroll av föreningsbidrag och lokaler påslagen"),
                "the item no committee lacks comes last: " + firstColumn + " … " + lastColumn);
        browser.checkEveryWidth("tackning");

        SignIn.as(browser, "editor-rinkeby-kista", "editor");
        browser.open("/tackning/2019");
        assertTrue(browser.text().contains("Bocka av för " + RINKEBY), browser.text());
        assertFalse(browser.text().contains("Bocka av för Älvsjö"), "only the editor's own committee");
        browser.click(browser.field(ROUTINE + ": finns på plats"));
        browser.fill(COMMENT, "Kontakt 811218-9876");
        browser.click("Spara " + ROUTINE + " för " + RINKEBY);
        assertTrue(browser.text().contains("personnummer"), browser.text());
        assertTrue(rowOf(RINKEBY).contains("Nämnden har inte bockat av punkten"), "nothing was saved");

        browser.fill(COMMENT, "Rutinen gicks igenom på arbetsplatsträffen i mars");
        browser.click("Spara " + ROUTINE + " för " + RINKEBY);

        String ticked = rowOf(RINKEBY);
        assertTrue(ticked.contains("Avbockat av nämnden"), ticked);
        assertTrue(ticked.contains("Nämndens kommentar: Rutinen gicks igenom på arbetsplatsträffen i mars"), ticked);
        assertTrue(browser.field(ROUTINE + ": finns på plats").isSelected());
        browser.checkEveryWidth("tackning-avbockad");
    }

    private String rowOf(String committee) {
        return browser.driver().findElement(By.xpath("//table[contains(@class,'coverage')]//tr[th[contains(., '"
                + committee + "')]]")).getText();
    }
}
