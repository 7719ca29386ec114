package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * The public pages in a real Chromium against the real distribution, as anyone without an account sees them:
 * the city's year, a committee's plan laid out like the seed plans and printable, the accessibility statement;
 * never a draft or a confidential part; and a page that says so when the API cannot be reached. Every page
 * passes axe-core (WCAG 2.1 A and AA) at desktop and phone width.
 */
class WebPublicPagesIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("web-public");

    private static final String DRAFT = "{\"coordinatorRole\":\"Samordnare\",\"situationPicture\":{\"sections\":["
            + "{\"title\":\"Utkastets lägesbild\",\"text\":\"Ett utkast som ingen utanför nämnden ser.\",\"classification\":\"PUBLIC\"}]},"
            + "\"activities\":[{\"title\":\"Hemlig utkastaktivitet\",\"area\":\"PREVENTIVE\",\"responsible\":[\"Enhetschef\"],"
            + "\"schedule\":{\"start\":\"2030-01\",\"end\":\"2030-12\"},\"followUpIn\":[\"T1\"]}]}";
    private static final String CLASSIFIED = "{\"coordinatorRole\":\"Samordnare\",\"situationPicture\":{\"sections\":["
            + "{\"title\":\"Öppen lägesbild\",\"text\":\"Det alla får läsa.\",\"classification\":\"PUBLIC\"},"
            + "{\"title\":\"Polisens uppgifter\",\"text\":\"Uppgifter under sekretess.\",\"classification\":\"CONFIDENTIAL\","
            + "\"legalGround\":\"OSL 18 kap. 1 §\"}]},\"activities\":[{\"title\":\"Utbildning för fritidsledare\","
            + "\"area\":\"COMPETENCE\",\"responsible\":[\"Enhetschef fritid\"],\"partners\":[\"Polisen\"],"
            + "\"schedule\":{\"start\":\"2017-02\",\"end\":\"2017-06\"},\"followUpIn\":[\"T1\",\"ANNUAL_REPORT\"]}]}";
    private static final String ADOPT = "{\"to\":\"ADOPTED\",\"meetingDate\":\"2017-03-14\","
            + "\"diaryNumber\":\"1.2.3-456/2017\",\"paragraph\":\"§ 12\"}";

    private final Browser browser = PLATFORM.browser();

    @Test
    void theStartPageShowsEveryCommitteesPlanStatusForTheNewestYear() {
        browser.open("/");

        String page = browser.text();
        assertTrue(page.contains("Lokala handlingsplaner mot våldsbejakande extremism 2019"), page);
        assertTrue(page.contains("Rinkeby-Kista stadsdelsnämnd"), page);
        assertTrue(page.contains("Godkänd"), page);
        assertTrue(page.contains("Nämnder utan plan"), page);
        assertTrue(page.contains("Aktiviteter per område"), page);
        assertTrue(page.contains("Tertialrapport 1"), page);
        String other = browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//table[caption='Rapporterade händelser per typ och miljö 2019']/tbody/tr[th='Övrigt']")).getText();
        assertTrue(other.endsWith(" 20"), "the shipped plan's counts are of type OTHER: " + other);
        assertTrue(other.contains("uppgift saknas (skyddad)"), "one committee's cross-table is withheld: " + other);
        assertEquals("sv", browser.driver().findElement(org.openqa.selenium.By.tagName("html")).getDomAttribute("lang"));
        browser.checkEveryWidth("start");
    }

    @Test
    void theYearPickerShowsAnotherYear() {
        browser.open("/");

        browser.select("År", "2018");
        browser.click("Visa året");

        assertEquals("/?ar=2018", browser.currentPath());
        assertTrue(browser.text().contains("Lokala handlingsplaner mot våldsbejakande extremism 2018"), browser.text());
        assertTrue(browser.text().contains("Älvsjö stadsdelsnämnd"), browser.text());
    }

    @Test
    void aCommitteesPlanIsReachedByItsNameAndLaidOutLikeTheSeedPlans() {
        browser.open("/");

        browser.click("Rinkeby-Kista stadsdelsnämnd");

        assertEquals("/namnd/rinkeby-kista/2019", browser.currentPath());
        String page = browser.text();
        for (String part : List.of("Lokal handlingsplan mot våldsbejakande extremism 2019", "Lägesbild",
                "Lokal lägesbild", "Aktiviteter", "Aktivitet", "Ansvarig", "Samverkanspartner", "Tidplan", "Uppföljning",
                "Beslut", "Godkänd")) {
            assertTrue(page.contains(part), part + " in " + page);
        }
        browser.checkEveryWidth("plan");
    }

    @Test
    void thePlanPrintsAsADocumentWithoutMenusOrButtons() throws IOException {
        browser.open("/namnd/rinkeby-kista/2019");

        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", browser.driver().findElement(org.openqa.selenium.By.cssSelector(".site-header"))
                    .getCssValue("display"));
            assertEquals("none", browser.driver().findElement(org.openqa.selenium.By.cssSelector(".site-footer"))
                    .getCssValue("display"));
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Map<String, Object> pdf = browser.driver().executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));
        byte[] document = Base64.getDecoder().decode((String) pdf.get("data"));
        Path file = Path.of("target/screenshots/plan-print.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, document);
        assertTrue(new String(document, 0, 5).startsWith("%PDF-"), "a PDF");
        assertTrue(document.length > 20_000, "the whole plan, not an empty page: " + document.length + " bytes");
    }

    @Test
    void anonymousNeverSeesADraftNorAConfidentialPart() {
        assertEquals(201, PLATFORM.http().call("PUT", "/api/committees/alvsjo/plans/2030", DRAFT,
                "editor-alvsjo", "editor").statusCode());
        assertEquals(201, PLATFORM.http().call("PUT", "/api/committees/alvsjo/plans/2017", CLASSIFIED,
                "editor-alvsjo", "editor").statusCode());
        assertEquals(200, PLATFORM.http().call("POST", "/api/committees/alvsjo/plans/2017/status", ADOPT,
                "editor-alvsjo", "editor").statusCode());

        browser.open("/namnd/alvsjo/2030");
        assertTrue(browser.text().contains("Ingen handlingsplan för 2030"), browser.text());
        assertFalse(browser.text().contains("Hemlig utkastaktivitet"), browser.text());
        browser.open("/?ar=2030");
        String alvsjo = browser.driver().findElement(org.openqa.selenium.By.xpath(
                "//tr[th/a[text()='Älvsjö stadsdelsnämnd']]")).getText();
        assertTrue(alvsjo.contains("Ingen plan"), alvsjo);

        browser.open("/namnd/alvsjo/2017");
        String page = browser.text();
        assertTrue(page.contains("Antagen"), page);
        assertTrue(page.contains("Öppen lägesbild"), page);
        assertTrue(page.contains("Utbildning för fritidsledare"), page);
        assertFalse(page.contains("Polisens uppgifter"), page);
        assertFalse(page.contains("Uppgifter under sekretess"), page);
        browser.checkEveryWidth("plan-antagen");
        browser.open("/");
        assertTrue(browser.text().contains("extremism 2019"), "a decided plan of an older year does not change the newest year");
    }

    @Test
    void theAccessibilityStatementIsPublishedFromEveryPage() {
        browser.open("/");

        browser.click("Tillgänglighetsredogörelse");

        assertEquals("/tillganglighet", browser.currentPath());
        assertTrue(browser.text().contains("Tillgänglighetsredogörelse för VBE-plattformen"), browser.text());
        assertTrue(browser.text().contains("Digg"), browser.text());
        browser.checkEveryWidth("tillganglighet");
    }

    @Test
    void theSkipLinkLeadsPastTheMenuToTheContent() {
        browser.open("/");

        browser.driver().findElement(org.openqa.selenium.By.tagName("body"))
                .sendKeys(org.openqa.selenium.Keys.TAB);
        org.openqa.selenium.WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("Hoppa till innehållet", focused.getText());
        focused.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals("innehall", browser.driver().switchTo().activeElement().getDomAttribute("id"));
    }

    @Test
    void anAddressThatLeadsNowhereSaysSoInSwedish() {
        browser.open("/finns/inte");

        assertTrue(browser.text().contains("Sidan finns inte"), browser.text());
        browser.open("/namnd/finns-inte/2019");
        assertTrue(browser.text().contains("Det du letar efter finns inte"), browser.text());
        assertFalse(browser.text().contains("\"status\""), "no raw problem+json on the page: " + browser.text());
        browser.checkEveryWidth("finns-inte");
    }

    @Test
    void whenTheApiCannotBeReachedThePageSaysSoAndTriesAgainByItself() {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/*")));
        try {
            browser.open("/");
            assertTrue(browser.text().contains("Plattformen är inte tillgänglig just nu"), browser.text());
            assertTrue(browser.text().contains("Sidan försöker igen om"), browser.text());
            browser.assertAccessible();
            browser.screenshot("ej-tillganglig");
        } finally {
            browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
        browser.awaitText("Nämndernas planer");
    }

    @Test
    void whileTheApiIsStoppedThePagesSayTheyWaitAndComeBackByThemselves() throws IOException {
        String password = Files.readString(PLATFORM.installation().home().resolve("etc/admin-password")).trim();
        KarafInstallation.Result stopped = PLATFORM.installation().client("karaf", password,
                "bundle:stop se.stockholm.vbe.rest");
        assertEquals(0, stopped.exitCode(), stopped.output());
        try {
            browser.open("/namnd/rinkeby-kista/2019");
            assertTrue(browser.text().contains("VBE-plattformen startar"), browser.text());
            assertFalse(browser.text().contains("finns inte"), "an API away is not a missing page: " + browser.text());
        } finally {
            KarafInstallation.Result started = PLATFORM.installation().client("karaf", password,
                    "bundle:start se.stockholm.vbe.rest");
            assertEquals(0, started.exitCode(), started.output());
        }
        browser.awaitText("Lokal lägesbild");
    }

    @Test
    void thePlanAndEachDecidedVersionLinkTheirPdfAndTheLinksGiveAPdf() {
        String plan = CLASSIFIED.replace("2017-", "2016-");
        assertEquals(201, PLATFORM.http().call("PUT", "/api/committees/alvsjo/plans/2016", plan,
                "editor-alvsjo", "editor").statusCode());
        assertEquals(200, PLATFORM.http().call("POST", "/api/committees/alvsjo/plans/2016/status",
                ADOPT.replace("2017", "2016"), "editor-alvsjo", "editor").statusCode());

        browser.open("/namnd/alvsjo/2016");

        WebElement planLink = browser.driver().findElement(By.linkText("Ladda ner som PDF"));
        assertEquals("/api/committees/alvsjo/plans/2016?format=pdf", planLink.getDomAttribute("href"));
        WebElement versionLink = browser.driver().findElement(By.cssSelector("table a.version-pdf"));
        assertTrue(versionLink.getText().startsWith("PDF"), versionLink.getText());
        for (WebElement link : List.of(planLink, versionLink)) {
            String answer = String.valueOf(browser.driver().executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(async r => done(r.status + ' ' + r.headers.get('Content-Type')"
                            + " + ' ' + new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5))))"
                            + ".catch(e => done('failed ' + e));", link.getDomAttribute("href")));
            assertEquals("200 application/pdf %PDF-", answer, link.getDomAttribute("href"));
        }
        browser.checkEveryWidth("plan-pdf-links");
    }
}
