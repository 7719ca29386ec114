package se.stockholm.vbe.itests.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Signing in and out of the web application the way a person does: the login form and the menu's button.
 */
public final class SignIn {

    private SignIn() {
    }

    /** Starts with no session (cookies of the platform's site removed). */
    public static void signedOut(Browser browser) {
        browser.open("/");
        browser.driver().manage().deleteAllCookies();
        browser.open("/");
    }

    /** Fills and sends the login form the browser is on (after a redirect, say). */
    public static void fillLoginForm(Browser browser, String user, String password) {
        browser.fill("Användarnamn", user);
        browser.fill("Lösenord", password);
        submit(browser);
    }

    /** Sends the login form (the menu has a "Logga in" link too). */
    public static void submit(Browser browser) {
        browser.click(browser.driver().findElement(By.cssSelector("main form button[type='submit']")));
    }

    /** Opens the login page and signs in; the browser ends on the start page. */
    public static void as(Browser browser, String user, String password) {
        signedOut(browser);
        browser.open("/logga-in");
        fillLoginForm(browser, user, password);
    }

    /** Sets a date input's value as ISO (typing into it depends on the browser's locale). */
    public static void setDate(Browser browser, WebElement input, String isoDate) {
        browser.driver().executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, isoDate);
    }
}
