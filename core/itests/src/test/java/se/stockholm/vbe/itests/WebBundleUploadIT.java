package se.stockholm.vbe.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import se.stockholm.vbe.itests.committee.TestBundles;
import se.stockholm.vbe.itests.web.Browser;
import se.stockholm.vbe.itests.web.SignIn;
import se.stockholm.vbe.itests.web.WebPlatform;

/**
 * Rinkeby-Kista's deployer on "Nämndens modul" in a real Chromium: a new version of the committee's own bundle
 * checked in a dry run (every check "Godkänd"), installed after a confirmation and seen online; a jar for another
 * committee refused, the check that refused it named in the error summary; the version before put back, and the
 * module removed, each after a confirmation.
 */
class WebBundleUploadIT {

    @RegisterExtension
    static final WebPlatform PLATFORM = new WebPlatform("web-bundle-upload");

    private static final String OWNER = "se.stockholm.vbe.committee.rinkeby-kista";

    @TempDir
    static Path files;

    private final Browser browser = PLATFORM.browser();

    @Test
    void theDeployerDryRunsInstallsItsCommitteesNewVersionAndAJarForAnotherCommitteeIsRefusedNamingTheCheck()
            throws IOException {
        Path own = write("rinkeby-kista-9.0.0.jar", TestBundles.committee("rinkeby-kista", "9.0.0")
                .header("VBE-Test-Name", "Rinkeby-Kista stadsdelsnämnd").uploadable()
                .header("Bundle-SymbolicName", OWNER).jar());
        Path other = write("alvsjo-1.0.0.jar", TestBundles.committee("alvsjo", "1.0.0").uploadable().jar());
        SignIn.as(browser, "deployer-rinkeby", "deployer");
        browser.open("/namnd/rinkeby-kista");
        browser.click("Nämndens modul");
        assertEquals("/namnd/rinkeby-kista/modul", browser.currentPath());
        assertTrue(browser.text().contains(OWNER), browser.text());

        browser.field("Modulens fil").sendKeys(own.toString());
        browser.click("Kontrollera (provkörning)");
        String checks = browser.driver().findElement(By.tagName("table")).getText();
        assertTrue(checks.contains("Nämndens id tillhör paketet Godkänd"), checks);
        assertTrue(checks.contains("Beroenden i plattformen Godkänd"), checks);
        assertFalse(checks.contains("Underkänd"), checks);
        assertTrue(checks.contains("Vad plattformen fann") && checks.contains("Teknisk uppgift (engelska): "), checks);

        browser.click("Installera");
        browser.click("Ja, installera");
        assertTrue(browser.text().contains(OWNER + " 9.0.0 är installerad och nämnden är i drift."), browser.text());
        String installed = facts();
        assertTrue(installed.contains("9.0.0") && installed.contains("I drift") && installed.contains("Startad"),
                installed);
        assertTrue(PLATFORM.http().get("/api/committees/rinkeby-kista", "samordnare", "samordnare").body()
                .contains("\"bundleVersion\":\"9.0.0\""));
        browser.checkEveryWidth("modul");

        browser.field("Modulens fil").sendKeys(other.toString());
        browser.click("Kontrollera (provkörning)");
        String summary = browser.driver().findElement(By.cssSelector(".error-summary")).getText();
        assertTrue(summary.contains("Kontrollen ”Manifest och nämndens id” underkände modulen. Teknisk uppgift (engelska): ")
                && summary.contains("VBE-Committee: alvsjo"), summary);
        assertTrue(browser.driver().findElement(By.tagName("table")).getText()
                .contains("Manifest och nämndens id Underkänd"));

        browser.click("Återställ föregående version");
        browser.click("Avbryt");
        assertEquals("9.0.0", fact("Version"), "cancelled: nothing changed");
        browser.click("Återställ föregående version");
        browser.click("Ja, återställ");
        assertEquals("9.0.0", fact("Föregående version"), facts());
        assertFalse(fact("Version").equals("9.0.0"), facts());
        assertEquals("I drift", fact("Nämnden"));
        browser.click("Ta bort modulen");
        browser.click("Ja, ta bort modulen");
        assertTrue(browser.text().contains("Modulen är borttagen. Planerna finns kvar."), browser.text());
        assertTrue(browser.text().contains("Ingen modul är installerad"), browser.text());
    }

    private String fact(String term) {
        return browser.driver().findElement(By.xpath("//dl[@class='facts']/dt[.='" + term
                + "']/following-sibling::dd[1]")).getText();
    }

    private String facts() {
        return browser.driver().findElement(By.cssSelector("dl.facts")).getText();
    }

    private static Path write(String name, byte[] jar) throws IOException {
        return Files.write(files.resolve(name), jar);
    }
}
