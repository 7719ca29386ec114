package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import org.osgi.service.cm.ConfigurationAdmin;

/**
 * What an operator does to the running container from outside: shell commands and files in deploy/.
 */
public final class KarafShell {

    private KarafShell() {
    }

    /** Runs shell commands as an operator does: bin/client over SSH, signed in as the shell administrator. */
    public static String execute(ConfigurationAdmin configurations, String command) throws Exception {
        Object sshPort = configurations.getConfiguration("org.apache.karaf.shell", null).getProperties()
                .get("sshPort");
        Path client = Path.of(System.getProperty("karaf.home"), "bin", "client");
        Process process = new ProcessBuilder(client.toString(), "-a", String.valueOf(sshPort), "-u", "karaf",
                "-p", VbeDistribution.ADMIN_PASSWORD, "-r", "10", "-b").redirectErrorStream(true).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("bin/client did not finish: " + output, process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(command + " printed: " + output, 0, process.exitValue());
        assertFalse(command + " printed: " + output, output.contains("Error executing command"));
        return output;
    }

    /** Writes the file beside deploy/ first, so fileinstall never sees it half written. */
    public static void drop(Path target, byte[] content) throws Exception {
        Path staged = Files.write(target.getParent().getParent().resolve("data").resolve("tmp")
                .resolve(target.getFileName()), content);
        Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
