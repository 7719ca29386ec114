package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

import se.stockholm.vbe.api.health.HealthService;

/**
 * Issue 9: what a committee bundle, a local user or a client on the network cannot do to the platform.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrustBoundariesIT extends VbeKarafTestSupport {

    private static final List<String> DEMO_USERS = List.of("samordnare", "lasare", "editor-rinkeby-kista",
            "editor-alvsjo", "editor-hasselby-vallingby", "editor-idrottsnamnden");

    @Inject
    private HealthService health;

    @Inject
    private ConfigurationAdmin configurations;

    // Defect 7: passwords

    @Test
    public void passwordsEveryDemoUserSignsInOverHttpWithTheSaltedHash() throws Exception {
        Properties users = usersProperties();
        for (String user : DEMO_USERS) {
            assertTrue(user + " is stored as a PBKDF2 hash",
                    users.getProperty(user).startsWith("{CRYPT}pbkdf2-sha256$210000$"));
            HttpResponse<String> me = as(user, "GET", "/api/me", null);
            assertEquals(me.body(), 200, me.statusCode());
            assertTrue(me.body(), me.body().contains("\"user\":\"" + user + "\""));
        }
    }

    @Test
    public void passwordsTwoUsersWithTheSamePasswordHaveDifferentStoredHashes() throws Exception {
        Properties users = usersProperties();
        String alvsjo = users.getProperty("editor-alvsjo").split(",")[0];
        String rinkeby = users.getProperty("editor-rinkeby-kista").split(",")[0];
        assertEquals(200, as("editor-alvsjo", "GET", "/api/me", null).statusCode());
        assertEquals(200, as("editor-rinkeby-kista", "GET", "/api/me", null).statusCode());
        assertNotEquals("both have the password 'editor'", alvsjo, rinkeby);
    }

    @Test
    public void passwordsTheAdminShellSignsInThroughTheSameHashes() throws Exception {
        assertTrue(usersProperties().getProperty("karaf").startsWith("{CRYPT}pbkdf2-sha256$"));
        String output = KarafShell.execute(configurations, "bundle:list -s -t 0 | grep se.stockholm.vbe.security");
        assertTrue(output, output.contains("se.stockholm.vbe.security"));
    }

    @Test
    public void passwordsOnLoopbackOnlyTheDemoPasswordsAreNotAHealthProblem() throws Exception {
        Object addresses = configurations.getConfiguration("org.ops4j.pax.web", null).getProperties()
                .get("org.ops4j.pax.web.listening.addresses");
        assertEquals("the distribution listens on loopback only", "127.0.0.1", addresses);
        assertTrue(health.check().problems().stream().noneMatch(problem -> problem.source().equals("security")));
    }

    // Defect 8: password guessing

    @Test
    public void guessingFiveWrongPasswordsBlocksTheUserFromThatAddressEvenWithTheRightPassword() {
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> wrong = http.call("GET", "/api/me", null, "samordnare", "gissning-" + i);
            assertEquals(wrong.body(), 401, wrong.statusCode());
        }
        HttpResponse<String> right = http.call("GET", "/api/me", null, "samordnare", "samordnare");
        assertEquals(right.body(), 429, right.statusCode());
        assertEquals("5", right.headers().firstValue("Retry-After").orElse(null));
        assertTrue(right.body(), right.body().contains("too many failed sign-ins"));
        assertEquals("another user from the same address is not blocked", 200,
                as("lasare", "GET", "/api/me", null).statusCode());
        assertTrue(karafLog().contains("Sign-in failed for user 'samordnare' from 127.0.0.1"));

        // The block ends by itself; a success then clears the count, so other tests may sign in again.
        await("the block to end").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> as("samordnare", "GET", "/api/me", null).statusCode() == 200);
        assertEquals("counting starts again", 401, http.get("/api/me", "samordnare", "gissning-6").statusCode());
        assertEquals(200, as("samordnare", "GET", "/api/me", null).statusCode());
    }

    private static Properties usersProperties() throws Exception {
        Properties users = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("karaf.etc"), "users.properties"))) {
            users.load(in);
        }
        return users;
    }

    private static String karafLog() {
        try {
            return Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
