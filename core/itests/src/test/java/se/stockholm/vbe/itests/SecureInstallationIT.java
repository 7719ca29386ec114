package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.stockholm.vbe.security.PasswordHash;

/**
 * Issue 9: the distribution as an operator installs it, started with bin/start.
 */
class SecureInstallationIT {

    private KarafInstallation karaf;

    @AfterEach
    void stopWhatIsRunning() {
        if (karaf != null && karaf.isRunning()) {
            karaf.stop();
        }
    }

    @Test
    void passwordsListeningOnAllAddressesWithDemoPasswordsIsDegradedUntilTheyAreChanged() throws Exception {
        karaf = KarafInstallation.unpack(Path.of("target/demo-passwords"));
        karaf.setProperty("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", "0.0.0.0");
        karaf.start();

        String health = karaf.http().get("/api/health").body();
        assertTrue(health.startsWith("{\"status\":\"DEGRADED\""), health);
        assertTrue(health.contains("HTTP listens on 0.0.0.0") && health.contains("samordnare, lasare, editor-rinkeby-kista"),
                health);

        Properties users = new Properties();
        try (InputStream in = Files.newInputStream(karaf.home().resolve("etc/users.properties"))) {
            users.load(in);
        }
        for (String user : List.of("samordnare", "lasare", "editor-rinkeby-kista", "editor-alvsjo",
                "editor-hasselby-vallingby", "editor-idrottsnamnden", "karaf")) {
            String roles = users.getProperty(user).split(",", 2)[1];
            karaf.setProperty("etc/users.properties", user, PasswordHash.MARKER
                    + PasswordHash.hash("ett nytt lösenord för " + user) + PasswordHash.MARKER + "," + roles);
        }
        await("health without the demo-password problem").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !karaf.http().get("/api/health").body().contains("demo passwords"));
        assertTrue(karaf.http().get("/api/health").body().startsWith("{\"status\":\"UP\""));
    }
}
