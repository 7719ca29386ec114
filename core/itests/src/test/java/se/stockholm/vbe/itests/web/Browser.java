package se.stockholm.vbe.itests.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One headless Debian Chromium, driven by Debian's chromedriver, with the few things a page test needs: open a
 * page and wait until the application says it has rendered, address fields by their visible Swedish label,
 * check a page at desktop and phone width (screenshot, axe-core), read cookies, and send requests from inside
 * the page with its cookies.
 *
 * <p>The application's contract: it sets {@code document.documentElement.dataset.ready = "true"} whenever it has
 * finished rendering after a page load or a user action. Before every action ({@link #click}) the harness removes
 * the attribute, so a {@code "true"} left from before never counts. Not thread-safe: one test thread drives it.
 */
public final class Browser implements AutoCloseable {

    public static final int DESKTOP = 1280;
    public static final int PHONE = 390;

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Path FAILURES = Path.of("target/browser-failures");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private int width;

    /** Starts Chromium with a fresh profile; paths starting with {@code /} are opened relative to {@code baseUrl}. */
    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        for (Path tool : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(tool)) {
                throw new IllegalStateException(tool + " is missing: apt-get install chromium chromium-driver");
            }
        }
        try {
            profile = Files.createTempDirectory("vbe-chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Naming both executables keeps Selenium Manager (which would download a browser and a driver) out of it.
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                // At INFO it logs every command, axe-core's 650 kB source each time it is injected.
                .withLogLevel(ChromiumDriverLogLevel.WARNING).withLogFile(new File("target/chromedriver.log"))
                .build();
        try {
            driver = new ChromeDriver(service, options(profile));
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile();
            throw e;
        }
        driver.manage().timeouts().scriptTimeout(TIMEOUT);
        setWidth(DESKTOP);
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the background-networking flags Chromium keeps calling hosts this machine cannot reach.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        return options;
    }

    /** Opens an application page and waits until it has rendered ({@code <html data-ready="true">}). */
    public void open(String path) {
        driver.get(url(path));
        awaitReady();
    }

    /** Opens what is not an application page (JSON from the API, a data: URL) and waits for its load only. */
    public void openRaw(String path) {
        driver.get(url(path));
        await("the document to load", () -> "complete".equals(script("return document.readyState")));
    }

    /** Waits until the application has set {@code data-ready="true"} on {@code <html>}. */
    public void awaitReady() {
        await("<html data-ready=\"true\"> on " + driver.getCurrentUrl(), () -> Boolean.TRUE.equals(script(
                "return document.readyState === 'complete' && document.documentElement.dataset.ready === 'true'")));
    }

    /** Waits until the page's visible text contains {@code text}. */
    public void awaitText(String text) {
        await("the text \"" + text + "\" on " + driver.getCurrentUrl(), () -> text().contains(text));
    }

    /** The page's visible text. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentPath() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** The form control a {@code <label>} with exactly this text (whitespace normalised) names through {@code for}. */
    public WebElement field(String label) {
        List<String> seen = new ArrayList<>();
        for (WebElement candidate : driver.findElements(By.tagName("label"))) {
            String text = normalise(candidate.getDomProperty("textContent"));
            if (text.equals(label)) {
                String id = candidate.getDomAttribute("for");
                if (id == null || id.isEmpty()) {
                    throw new AssertionError("the label \"" + label + "\" has no for attribute");
                }
                List<WebElement> controls = driver.findElements(By.id(id));
                if (controls.isEmpty()) {
                    throw new AssertionError("the label \"" + label + "\" points to a missing id \"" + id + "\"");
                }
                return controls.get(0);
            }
            seen.add(text);
        }
        throw new AssertionError("no <label> \"" + label + "\" on " + currentPath() + "; labels there: " + seen);
    }

    /** Types {@code value} into the labelled field, replacing what was there. */
    public void fill(String label, String value) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(value);
    }

    /** Chooses the option with this visible text in the labelled {@code <select>}. */
    public void select(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
    }

    /** Clicks the button or link with this text (or aria-label), then waits until the application is ready again. */
    public void click(String text) {
        WebElement target = driver.findElements(By.cssSelector("button, a, input[type=submit], input[type=button]"))
                .stream().filter(element -> text.equals(normalise(element.getDomProperty("textContent")))
                        || text.equals(element.getDomAttribute("aria-label"))
                        || text.equals(element.getDomAttribute("value")))
                .findFirst().orElseThrow(() -> new AssertionError(
                        "no button or link \"" + text + "\" on " + currentPath()));
        click(target);
    }

    /** Clicks this element (a button found inside a part of the page), then waits until the application is ready again. */
    public void click(WebElement target) {
        script("delete document.documentElement.dataset.ready");
        target.click();
        awaitReady();
    }

    /** Desktop ({@link #DESKTOP}) or phone ({@link #PHONE}) width; a phone is emulated as one (viewport meta honoured). */
    public void setWidth(int width) {
        int height = width <= PHONE ? 844 : 800;
        driver.manage().window().setSize(new Dimension(width, height));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width <= PHONE));
        this.width = width;
    }

    public int width() {
        return width;
    }

    /** The whole page (beyond the viewport) as {@code target/screenshots/<name>-<width>.png}. */
    public Path screenshot(String name) {
        return write(SCREENSHOTS.resolve(name + "-" + width + ".png"), fullPagePng());
    }

    private byte[] fullPagePng() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", Math.max(width, (int) Math.ceil(content.get("width").doubleValue())),
                "height", (int) Math.ceil(content.get("height").doubleValue()));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page; fails with every violation, its rule and its nodes. */
    public void assertAccessible() {
        List<Violation> violations = accessibilityViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " accessibility violation(s) on " + currentPath() + " at "
                    + width + " px:\n" + violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        }
    }

    /** What axe-core reports on the page, for tests that expect a violation. */
    public List<Violation> accessibilityViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            script(AxeSource.TEXT);
        }
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify({error: String(e)})));",
                WCAG_TAGS);
        try {
            JsonNode json = JSON.readTree((String) result);
            if (json.has("error")) {
                throw new IllegalStateException("axe-core failed: " + json.get("error").asText());
            }
            List<Violation> violations = new ArrayList<>();
            for (JsonNode violation : json) {
                List<String> nodes = new ArrayList<>();
                for (JsonNode node : violation.get("nodes")) {
                    nodes.add(node.get("target") + " " + node.get("html").asText());
                }
                violations.add(new Violation(violation.get("id").asText(), violation.path("impact").asText(),
                        violation.get("help").asText(), nodes));
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One axe-core rule the page breaks, with the failing elements (CSS target and HTML). */
    public record Violation(String rule, String impact, String help, List<String> nodes) {
        @Override
        public String toString() {
            return "- " + rule + " (" + impact + "): " + help + "\n    " + String.join("\n    ", nodes);
        }
    }

    /**
     * The one call a page test makes per page: at desktop and at phone width, waits until ready, writes a
     * screenshot, checks accessibility and that nothing scrolls sideways; ends at desktop width.
     */
    public void checkEveryWidth(String name) {
        for (int each : List.of(DESKTOP, PHONE)) {
            setWidth(each);
            awaitReady();
            screenshot(name);
            assertLaidOutForWidth();
            assertAccessible();
        }
        setWidth(DESKTOP);
    }

    private void assertLaidOutForWidth() {
        Number viewport = (Number) script("return window.innerWidth");
        if (viewport.intValue() != width) {
            throw new AssertionError(currentPath() + " is laid out " + viewport + " px wide on a " + width
                    + " px screen: <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"> missing?");
        }
        Number scroll = (Number) script("return document.documentElement.scrollWidth");
        if (scroll.intValue() > width) {
            throw new AssertionError(currentPath() + " scrolls sideways at " + width + " px (" + scroll + " px wide)");
        }
    }

    /** The cookie the browser holds for the current page's site; fails naming the ones it has. */
    public Cookie cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        if (cookie == null) {
            throw new AssertionError("no cookie " + name + "; the browser has "
                    + driver.manage().getCookies().stream().map(Cookie::getName).toList());
        }
        return cookie;
    }

    public boolean hasCookie(String name) {
        return driver.manage().getCookieNamed(name) != null;
    }

    /**
     * Sends a request with {@code fetch} from inside the current page: same origin, with the browser's cookies,
     * as the page's own script would (body may be null; headers as name → value).
     */
    public PageResponse fetchFromPage(String method, String path, String body, Map<String, String> headers) {
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) driver.executeAsyncScript(
                "const [method, path, body, headers, done] = arguments;"
                        + "fetch(path, {method, body, headers, credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(async r => done({status: r.status, body: await r.text(),"
                        + " headers: Object.fromEntries(r.headers.entries())}))"
                        + ".catch(e => done({status: 0, body: String(e), headers: {}}));",
                method, path, body, headers);
        @SuppressWarnings("unchecked")
        Map<String, String> responseHeaders = (Map<String, String>) response.get("headers");
        return new PageResponse(((Number) response.get("status")).intValue(), (String) response.get("body"),
                responseHeaders);
    }

    /** What {@link #fetchFromPage} got back; status 0 when the request failed without an answer. */
    public record PageResponse(int status, String body, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** For what the harness does not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    /** A screenshot, the page's HTML and its console log under {@code target/browser-failures/<name>.*}. */
    public void saveDiagnostics(String name) {
        try {
            write(FAILURES.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            write(FAILURES.resolve(name + ".html"), driver.getPageSource().getBytes(StandardCharsets.UTF_8));
            String console = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                    .collect(Collectors.joining("\n"));
            write(FAILURES.resolve(name + ".console.log"), (driver.getCurrentUrl() + "\n" + console)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (WebDriverException e) {
            write(FAILURES.resolve(name + ".error.txt"), e.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    private String url(String path) {
        return path.startsWith("/") ? baseUrl + path : path;
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private void await(String what, BooleanSupplier condition) {
        new WebDriverWait(driver, TIMEOUT).withMessage("waited " + TIMEOUT.toSeconds() + " s for " + what)
                .until(ignored -> condition.getAsBoolean());
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's source, read once from the test resources (vendored, see resources/axe/README.md). */
    private static final class AxeSource {
        static final String TEXT = read();

        private static String read() {
            try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe/axe.min.js is not on the test classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
