package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

import se.stockholm.vbe.api.health.HealthReport;
import se.stockholm.vbe.api.health.HealthService;
import se.stockholm.vbe.api.health.HealthStatus;

/**
 * The default distribution in a real Karaf: the platform is up, answers HTTP and guards its endpoints.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends VbeKarafTestSupport {

    @Inject
    private HealthService health;

    @Test
    public void everyPlatformBundleIsActive() {
        List<Bundle> platform = Arrays.stream(context.getBundles())
                .filter(bundle -> bundle.getSymbolicName().startsWith("se.stockholm.vbe.")
                        && !bundle.getSymbolicName().startsWith("se.stockholm.vbe.committee."))
                .collect(Collectors.toList());
        List<String> names = platform.stream().map(Bundle::getSymbolicName).sorted().collect(Collectors.toList());

        assertEquals(List.of("se.stockholm.vbe.api", "se.stockholm.vbe.derby", "se.stockholm.vbe.fastexcel",
                "se.stockholm.vbe.jetty", "se.stockholm.vbe.json", "se.stockholm.vbe.platform", "se.stockholm.vbe.rest",
                "se.stockholm.vbe.security", "se.stockholm.vbe.shell", "se.stockholm.vbe.web"), names);
        for (Bundle bundle : platform) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            assertEquals(bundle.getSymbolicName() + " is " + (fragment ? "resolved (a fragment)" : "active"),
                    fragment ? Bundle.RESOLVED : Bundle.ACTIVE, bundle.getState());
        }
    }

    @Test
    public void theHealthServiceReportsUpWithTheDatabaseUp() {
        HealthReport report = health.check();

        assertEquals(report.problems().toString(), HealthStatus.UP, report.status());
        assertEquals(HealthStatus.UP, report.database());
    }

    @Test
    public void healthIsPublicOverHttp() {
        HttpResponse<String> response = http.get("/api/health");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body(), response.body().contains("\"status\":\"UP\""));
        assertTrue(response.body(), response.body().contains("\"database\":\"UP\""));
        assertTrue(response.body(), response.body().contains("\"problems\":[]"));
    }

    @Test
    public void aProtectedEndpointAsksAnonymousCallersToSignIn() {
        HttpResponse<String> response = http.get("/api/me");

        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "));
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    public void aDemoUserIsLetInWithTheRolesFromTheRealm() {
        HttpResponse<String> response = http.get("/api/me", "editor-alvsjo", "editor");

        assertEquals(200, response.statusCode());
        assertEquals("{\"user\":\"editor-alvsjo\",\"roles\":[\"editor.alvsjo\",\"reporter\"]}", response.body());
    }

    @Test
    public void aWrongPasswordIsRefused() {
        HttpResponse<String> response = http.get("/api/me", "samordnare", "not-the-password");

        assertEquals(401, response.statusCode());
        assertTrue(response.body(), response.body().contains("wrong user name or password"));
    }

    @Test
    public void anUnknownPathIsAProblemDocument() {
        HttpResponse<String> response = http.get("/api/no-such-thing");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body(), response.body().contains("\"status\":404"));
    }
}
