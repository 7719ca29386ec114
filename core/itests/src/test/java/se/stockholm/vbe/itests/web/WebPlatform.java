package se.stockholm.vbe.itests.web;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import se.stockholm.vbe.itests.Http;
import se.stockholm.vbe.itests.KarafInstallation;

/**
 * The real distribution for browser tests: one unpacked copy per test class on free ports, started with
 * bin/start before the first test and stopped after the last, and one {@link Browser} on it, opened on first
 * use; each test starts at desktop width. When a test fails, the browser's screenshot, HTML and console log go to {@code target/browser-failures}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WebPlatform PLATFORM = new WebPlatform("plans-page");
 * }</pre>
 */
public final class WebPlatform
        implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback {

    private final String name;
    private final Consumer<KarafInstallation> configuration;
    private KarafInstallation karaf;
    private Browser browser;

    /** A platform as shipped, unpacked into {@code target/web/<name>}. */
    public WebPlatform(String name) {
        this(name, karaf -> { });
    }

    /** A platform whose installation {@code configuration} changes (etc/ files) before it starts. */
    public WebPlatform(String name, Consumer<KarafInstallation> configuration) {
        this.name = name;
        this.configuration = configuration;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        karaf = KarafInstallation.unpack(Path.of("target/web", name));
        configuration.accept(karaf);
        karaf.start();
    }

    /** Every test starts at desktop width, whatever the test before it left. */
    @Override
    public void beforeEach(ExtensionContext context) {
        if (browser != null) {
            browser.setWidth(Browser.DESKTOP);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (browser != null && context.getExecutionException().isPresent()) {
            browser.saveDiagnostics(context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName() + "-" + browser.width());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) {
                browser.close();
                browser = null;
            }
        } finally {
            if (karaf != null && karaf.isRunning()) {
                karaf.stop();
            }
        }
    }

    /** The class's browser, started on first use with its own fresh profile. */
    public Browser browser() {
        if (browser == null) {
            browser = new Browser(baseUrl());
        }
        return browser;
    }

    /** {@code http://localhost:<port>}: localhost is a secure context to Chromium, so Secure cookies work. */
    public String baseUrl() {
        return "http://localhost:" + karaf.httpPort();
    }

    /** For set-up through the API, e.g. {@code http().call("PUT", path, json, "editor-alvsjo", "editor")}. */
    public Http http() {
        return karaf.http();
    }

    public KarafInstallation installation() {
        return karaf;
    }
}
