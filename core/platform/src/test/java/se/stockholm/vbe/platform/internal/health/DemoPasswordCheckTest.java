package se.stockholm.vbe.platform.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.cm.ConfigurationAdmin;

import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.security.PasswordHash;

class DemoPasswordCheckTest {

    /** No pax-web configuration at all: pax-web's own default, 0.0.0.0, applies. */
    private static final ConfigurationAdmin NO_CONFIGURATION = (ConfigurationAdmin) Proxy.newProxyInstance(
            DemoPasswordCheckTest.class.getClassLoader(), new Class<?>[] {ConfigurationAdmin.class},
            (proxy, method, args) -> null);

    @TempDir
    Path etc;

    @Test
    void anUnchangedDemoPasswordOnAllAddressesIsReportedWithTheUsersName() throws Exception {
        Path users = write("samordnare = " + crypt("samordnare") + ",coordinator\n"
                + "lasare = " + crypt("något-annat") + ",reader\n"
                + "editor-alvsjo = editor,editor.alvsjo\n");
        List<HealthProblem> problems = new DemoPasswordCheck(NO_CONFIGURATION, null, users).problems();

        assertEquals(1, problems.size());
        String message = problems.get(0).message();
        assertTrue(message.contains("0.0.0.0") && message.contains("samordnare, editor-alvsjo"), message);
        assertFalse(message.contains("lasare"), message);
    }

    @Test
    void aChangedFileIsReadAgain() throws Exception {
        Path users = write("samordnare = " + crypt("samordnare") + ",coordinator\n");
        DemoPasswordCheck check = new DemoPasswordCheck(NO_CONFIGURATION, null, users);
        assertEquals(List.of("samordnare"), check.usersWithDemoPasswords());

        Files.writeString(users, "samordnare = " + crypt("ett-långt-nytt-lösenord") + ",coordinator\n");
        Files.setLastModifiedTime(users, FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(List.of(), check.usersWithDemoPasswords());
        assertTrue(check.problems().isEmpty());
    }

    @Test
    void aDemoPasswordKeptAsALegacySha512DigestIsReportedToo() throws Exception {
        // what an installation upgraded with its old users.properties (Karaf's former SHA-512 default) still holds
        Path users = write("lasare = {CRYPT}" + sha512Hex("lasare") + "{CRYPT},reader\n"
                + "samordnare = {CRYPT}" + sha512Hex("ett-långt-nytt-lösenord") + "{CRYPT},coordinator\n");
        assertEquals(List.of("lasare"), new DemoPasswordCheck(NO_CONFIGURATION, null, users).usersWithDemoPasswords());
    }

    @Test
    void onlyLoopbackAddressesCountAsUnexposed() {
        assertTrue(DemoPasswordCheck.isLoopback("127.0.0.1"));
        assertTrue(DemoPasswordCheck.isLoopback("localhost"));
        assertTrue(DemoPasswordCheck.isLoopback("::1"));
        assertFalse(DemoPasswordCheck.isLoopback("0.0.0.0"));
        assertFalse(DemoPasswordCheck.isLoopback("::"));
        assertFalse(DemoPasswordCheck.isLoopback("192.168.1.10"));
        assertFalse(DemoPasswordCheck.isLoopback("vbe.stad.example"), "a name counts as reachable");
    }

    private Path write(String content) throws Exception {
        return Files.writeString(etc.resolve("users.properties"), content);
    }

    private static String sha512Hex(String password) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512")
                .digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    private static String crypt(String password) {
        return PasswordHash.MARKER + PasswordHash.hash(password) + PasswordHash.MARKER;
    }
}
