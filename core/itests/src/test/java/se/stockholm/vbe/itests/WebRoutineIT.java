package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * The page "Vid oro eller händelse" in a real Chromium, as anyone without an account uses it: reached from the start
 * page, three yes/no questions, the steps of the city's routine in order with their legal grounds, 112 first and
 * unmistakable when danger threatens, the committee's contacts, and an unanswered question shown beside itself.
 * Accessible (axe-core, WCAG 2.1 A and AA) at desktop and phone width.
 */
class WebRoutineIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("web-routine");

    private final Browser browser = PLATFORM.browser();

    @Test
    void theAnswersGiveTheRoutinesStepsWith112FirstAndTheCommitteesContacts() {
        browser.open("/");
        browser.click("Så gör du vid oro eller händelse");
        assertEquals("/rutin", browser.currentPath());
        browser.checkEveryWidth("rutin");

        answer("Hotar fara liv, hälsa eller egendom just nu?", "Ja");
        answer("Gäller oron någon som är under 18 år?", "Ja");
        answer("Misstänker du ett brott?", "Nej");
        browser.select("Din nämnd eller förvaltning (frivilligt)", "Älvsjö stadsdelsnämnd");
        browser.click("Visa vad du ska göra");

        assertEquals("Så här gör du", browser.driver().switchTo().activeElement().getText(),
                "the focus moves to the result's heading");
        assertTrue(browser.driver().findElement(By.cssSelector(".urgent")).getText().contains("Ring 112 nu"));
        List<String> steps = browser.driver().findElements(By.cssSelector("ol.steps > li h3")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Ring 112 direkt", "Informera din närmaste chef", "Gör en orosanmälan till socialtjänsten",
                "Överväg en anmälan i IA", "Fyll i blanketten för avidentifierad information"), steps);
        String page = browser.text();
        assertTrue(page.contains("Lagstöd: Nödrätt, 24 kap. 4 § brottsbalken"), page);
        assertTrue(page.contains("Lagstöd: Anmälningsskyldighet, 14 kap. 1 § socialtjänstlagen"), page);
        assertTrue(page.contains("Gäller eftersom du svarade ja på frågan ”Gäller oron någon som är under 18 år?”"), page);
        assertTrue(page.contains("Lokala kontakter: Älvsjö stadsdelsnämnd"), page);
        assertTrue(page.contains("Lokalpolisen, polisens kontaktfunktion för stadsdelen"), page);
        String form = browser.driver().findElement(By.linkText("Fyll i blanketten för avidentifierad information"))
                .getDomAttribute("href");
        assertTrue(form.startsWith("/namnd/alvsjo/rapportera?month="), form);
        assertTrue(form.endsWith("&actions=EMERGENCY_112,SOCIAL_SERVICES_REPORT"), form);
        browser.checkEveryWidth("rutin-steg");
    }

    @Test
    void withoutDangerThereIsNo112AndAnUnansweredQuestionIsShownBesideItself() {
        browser.open("/rutin");
        answer("Hotar fara liv, hälsa eller egendom just nu?", "Nej");
        answer("Misstänker du ett brott?", "Ja");
        browser.click("Visa vad du ska göra");

        assertTrue(browser.text().contains("Det finns ett fel att rätta"), browser.text());
        assertTrue(browser.text().contains("Gäller oron någon som är under 18 år?: Svara ja eller nej."), browser.text());
        browser.checkEveryWidth("rutin-fel");

        answer("Gäller oron någon som är under 18 år?", "Nej");
        browser.click("Visa vad du ska göra");

        assertTrue(browser.driver().findElements(By.cssSelector(".urgent")).isEmpty(), "no 112 without danger");
        List<String> steps = browser.driver().findElements(By.cssSelector("ol.steps > li h3")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Informera din närmaste chef", "Kontakta socialtjänsten om sekretess inte hindrar",
                "Överväg en polisanmälan", "Överväg en anmälan i IA", "Fyll i blanketten för avidentifierad information"),
                steps);
        assertFalse(browser.text().contains("Det finns ett fel att rätta"), browser.text());
        assertTrue(browser.text().contains("Kontaktuppgifter till de lokala samordnarna finns på intranätet"), browser.text());
    }

    /** Chooses "Ja" or "Nej" in the fieldset whose legend is the question. */
    private void answer(String question, String choice) {
        WebElement fieldset = browser.driver().findElement(By.xpath(
                "//fieldset[legend[normalize-space()='" + question + "']]"));
        WebElement label = fieldset.findElement(By.xpath(".//label[normalize-space()='" + choice + "']"));
        fieldset.findElement(By.id(label.getDomAttribute("for"))).click();
    }
}
