package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.security.PasswordHash;

/**
 * The unpacked distribution, started once with bin/start as an operator does, is safe to leave on a
 * machine shared with other users and reachable from the network: the admin shell and JMX answer on
 * loopback only, no well-known password opens the shell, and other local users can read neither the
 * configuration nor the data, and while HTTP is open to the network with a demo password unchanged, health
 * says so. One start for all these tests (each costs ~10 s here); bin/stop is the last test. With signatures
 * required, a second installation shows that unsigned committees never come online.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecureInstallationIT {

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SAMPLE_COMMITTEES = List.of("alvsjo", "hasselby-vallingby", "idrottsnamnden",
            "rinkeby-kista");

    private KarafInstallation karaf;

    @BeforeAll
    void startTheDistributionAsShipped() {
        karaf = KarafInstallation.unpack(Path.of("target/secure-installation"));
        karaf.setProperty("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", "0.0.0.0");
        karaf.start();
    }

    @AfterAll
    void stopWhatIsRunning() {
        if (karaf != null && karaf.isRunning()) {
            karaf.stop();
        }
    }

    @Test
    void theScriptsFindJavaWithoutJavaHomeAndDoNotWarnAboutIt() throws Exception {
        ProcessBuilder status = new ProcessBuilder("bin/status").directory(karaf.home().toFile()).redirectErrorStream(true);
        status.environment().remove("JAVA_HOME");
        Process process = status.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("Running"), output);
        assertFalse(output.contains("JAVA_HOME not set"), output);
    }

    @Test
    void theArchiveHasNoStrayAssemblyFolder() {
        assertTrue(Files.isDirectory(karaf.home().resolve("etc")), "the archive's root is unpacked here");
        assertFalse(Files.exists(karaf.home().resolve("assembly")), "assembly/ beside bin/ and etc/");
    }

    @Test
    void theShellJmxAndShutdownPortListenOnLoopbackOnly() throws IOException {
        int ssh = Integer.parseInt(karaf.property("etc/org.apache.karaf.shell.cfg", "sshPort"));
        int rmiRegistry = Integer.parseInt(karaf.property("etc/org.apache.karaf.management.cfg", "rmiRegistryPort"));
        int rmiServer = Integer.parseInt(karaf.property("etc/org.apache.karaf.management.cfg", "rmiServerPort"));
        int shutdown = Integer.parseInt(Files.readString(karaf.home().resolve("data/port")).trim());

        for (int port : new int[] {ssh, rmiRegistry, rmiServer, shutdown}) {
            await("a listener on port " + port).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> !listeningAddresses(port).isEmpty());
            List<InetAddress> addresses = listeningAddresses(port);
            assertTrue(addresses.stream().allMatch(InetAddress::isLoopbackAddress),
                    "port " + port + " listens on " + addresses);
        }
    }

    @Test
    void theDemoPasswordDoesNotOpenTheShell() {
        KarafInstallation.Result login = karaf.client("karaf", "karaf", "system:version");

        assertNotEquals(0, login.exitCode(), login.output());
        assertFalse(login.output().contains("4.4."), "the shell answered: " + login.output());
    }

    @Test
    void theGeneratedAdminPasswordOpensTheShell() throws IOException {
        String password = Files.readString(karaf.home().resolve("etc/admin-password")).trim();

        KarafInstallation.Result login = karaf.client("karaf", password, "system:version");

        assertEquals(0, login.exitCode(), login.output());
        assertTrue(login.output().contains("4.4."), login.output());
    }

    @Test
    void theGeneratedPasswordIsStoredAsADigestAndTheLogSaysOnlyWhereItIs() throws IOException {
        String password = Files.readString(karaf.home().resolve("etc/admin-password")).trim();
        Path users = karaf.home().resolve("etc/users.properties");

        await("Karaf's JAAS replacing the clear password by its digest").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> !Files.readString(users).contains(password));
        assertTrue(Files.readString(users).lines().anyMatch(line -> line.startsWith("karaf = ")),
                "the karaf user is in users.properties");
        String log = Files.readString(karaf.home().resolve("data/log/karaf.log"));
        assertTrue(log.contains("etc/admin-password"), "karaf.log names the password's file");
        assertFalse(log.contains(password), "karaf.log holds the password");
    }

    @Test
    void configurationAndDataAreReadableByTheOwnerOnly() throws IOException {
        List<Path> files = new ArrayList<>(Stream.of("etc/users.properties", "etc/keys.properties",
                "etc/config.properties", "etc/admin-password", "etc/host.key", "data/port", "data/log/karaf.log")
                .map(karaf.home()::resolve).toList());
        try (Stream<Path> database = Files.walk(karaf.home().resolve("data/vbe"))) {
            database.forEach(files::add);
        }
        files.add(karaf.home().resolve("etc"));
        files.add(karaf.home().resolve("data"));

        for (Path file : files) {
            Set<PosixFilePermission> shared = EnumSet.copyOf(Files.getPosixFilePermissions(file));
            shared.retainAll(GROUP_OR_OTHERS);
            assertEquals(Set.of(), shared, karaf.home().relativize(file) + " is open to group or others");
        }
        assertTrue(karaf.property("etc/config.properties", "karaf.shutdown.command").length() >= 32,
                "Karaf generated this installation's own shutdown command");
    }

    /**
     * The sample committees are unsigned and resolve before the platform, on the first boot and on a restart;
     * with signatures required none of their classes may load.
     */
    @Test
    @Order(1)
    void withSignaturesRequiredUnsignedCommitteesNeverComeOnlineNotEvenAfterARestart() throws Exception {
        KarafInstallation gated = KarafInstallation.unpack(Path.of("target/trust-gate"));
        gated.setProperty("etc/se.stockholm.vbe.trust.cfg", "requireSignature", "true");
        try {
            gated.start();
            assertTheSampleCommitteesAreRefused(gated);
            gated.stop();
            gated.start();
            assertTheSampleCommitteesAreRefused(gated);
        } finally {
            if (gated.isRunning()) {
                gated.stop();
            }
        }
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void listeningOnAllAddressesWithDemoPasswordsIsDegradedUntilTheyAreChanged() throws Exception {
        String health = karaf.http().get("/api/health").body();
        assertTrue(health.startsWith("{\"status\":\"DEGRADED\""), health);
        assertTrue(health.contains("HTTP listens on 0.0.0.0") && health.contains("samordnare, lasare, editor-rinkeby-kista"),
                health);

        Properties users = new Properties();
        try (InputStream in = Files.newInputStream(karaf.home().resolve("etc/users.properties"))) {
            users.load(in);
        }
        for (String user : List.of("samordnare", "lasare", "editor-rinkeby-kista", "editor-alvsjo",
                "editor-hasselby-vallingby", "editor-idrottsnamnden", "deployer-rinkeby", "rapportor")) {
            String roles = users.getProperty(user).split(",", 2)[1];
            karaf.setProperty("etc/users.properties", user, PasswordHash.MARKER
                    + PasswordHash.hash("ett nytt lösenord för " + user) + PasswordHash.MARKER + "," + roles);
        }
        await("health without the demo-password problem").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> !karaf.http().get("/api/health").body().contains("demo passwords"));
        String changed = karaf.http().get("/api/health").body();
        assertTrue(changed.startsWith("{\"status\":\"UP\""), changed);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void binStopStillStopsThePlatform() {
        karaf.stop();

        assertFalse(karaf.isRunning());
    }

    /** The local addresses of TCP sockets in LISTEN state on {@code port}, from the kernel's own tables. */
    private static List<InetAddress> listeningAddresses(int port) throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
                String[] columns = line.trim().split("\\s+");
                String[] local = columns[1].split(":");
                boolean listening = "0A".equals(columns[3]);
                if (listening && Integer.parseInt(local[1], 16) == port) {
                    addresses.add(address(local[0]));
                }
            }
        }
        return addresses;
    }

    /** /proc/net/tcp{,6} write an address as 32-bit words in the host's (little-endian) byte order. */
    private static InetAddress address(String hex) throws UnknownHostException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = word * 8 + (3 - i) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        return InetAddress.getByAddress(bytes);
    }

    private static void assertTheSampleCommitteesAreRefused(KarafInstallation karaf) throws Exception {
        JsonNode health = JSON.readTree(karaf.http().get("/api/health").body());
        assertEquals("DEGRADED", health.get("status").asText(), health.toString());
        for (String committee : SAMPLE_COMMITTEES) {
            String source = "se.stockholm.vbe.committee." + committee + " ";
            List<String> messages = problems(health, source);
            assertEquals(1, messages.size(), "one problem for " + committee + ": " + messages);
            assertTrue(messages.get(0).contains("no class of it can be loaded, since it cannot be checked: signatures "
                    + "are required"), messages.get(0));
        }
        assertFalse(karaf.http().get("/api/committees").body().contains("\"online\":true"));
    }

    private static List<String> problems(JsonNode health, String sourcePrefix) {
        List<String> messages = new ArrayList<>();
        health.get("problems").forEach(problem -> {
            if (problem.get("source").asText().startsWith(sourcePrefix)) {
                messages.add(problem.get("message").asText());
            }
        });
        return messages;
    }
}
