package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * An unpacked copy of the built distribution, driven through its own bin/start and bin/stop, for what
 * Pax Exam cannot show: restarts on the same data, a second instance, a database that cannot be opened.
 */
public final class KarafInstallation {

    private final Path home;
    private final int httpPort;

    private KarafInstallation(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /** Unpacks the distribution into {@code directory} (emptied first) with free ports. */
    public static KarafInstallation unpack(Path relative) {
        Path directory = relative.toAbsolutePath();
        try {
            if (Files.exists(directory)) {
                run(List.of("rm", "-rf", directory.toString()), directory.getParent());
            }
            Files.createDirectories(directory);
            run(List.of("tar", "-xzf", VbeDistribution.archive().getAbsolutePath(), "--strip-components=1"),
                    directory);
            int httpPort = FreePort.next();
            KarafInstallation installation = new KarafInstallation(directory, httpPort);
            installation.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort);
            installation.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", FreePort.next());
            installation.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", FreePort.next());
            installation.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", FreePort.next());
            return installation;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path home() {
        return home;
    }

    public int httpPort() {
        return httpPort;
    }

    public Http http() {
        return new Http(httpPort);
    }

    /** Sets {@code key = value} in a file under etc/, replacing an existing line for the key. */
    public void setProperty(String file, String key, Object value) {
        Path path = home.resolve(file);
        try {
            List<String> lines = Files.exists(path) ? Files.readAllLines(path, StandardCharsets.UTF_8) : List.of();
            StringBuilder out = new StringBuilder();
            boolean replaced = false;
            for (String line : lines) {
                if (line.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*")) {
                    out.append(key).append(" = ").append(value).append('\n');
                    replaced = true;
                } else {
                    out.append(line).append('\n');
                }
            }
            if (!replaced) {
                out.append(key).append(" = ").append(value).append('\n');
            }
            Files.writeString(path, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code key} from a properties file of the installation, e.g. {@code etc/org.apache.karaf.shell.cfg}. */
    public String property(String file, String key) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(home.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty(key);
    }

    /** bin/client as a script runs it: no terminal, signed in with {@code user} and {@code password}. */
    public Result client(String user, String password, String commands) {
        return run(List.of("bin/client", "-u", user, "-p", password, "-b"), home, commands + "\n");
    }

    /** Runs a script of the installation, e.g. {@code bin/vbe-tls-selfsigned}, in its home directory. */
    public Result command(String... command) {
        return run(List.of(command), home);
    }

    /** bin/start, without waiting for the platform: for a test that waits its own way (over HTTPS). */
    public void launch() {
        run(List.of("bin/start"), home);
    }

    /** bin/start, then waits until /api/health answers with {@code status} 200 (UP) or 503 (DOWN). */
    public void start(int status) {
        launch();
        awaitHealth(status);
    }

    /** Waits until /api/health answers with {@code status}. */
    public void awaitHealth(int status) {
        await("/api/health answering " + status + " on port " + httpPort).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> http().get("/api/health").statusCode() == status);
    }

    /** bin/start, then waits until the platform is healthy. */
    public void start() {
        start(200);
    }

    /** bin/stop, then waits until the JVM is gone (its lock on the data directory released). */
    public void stop() {
        run(List.of("bin/stop"), home);
        await("Karaf to exit").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !isRunning());
    }

    /**
     * Kills the JVM with SIGKILL (kill -9: no shutdown hook, no Derby shutdown, nothing flushed that was not already
     * durable), then waits until it is gone. The PID is the one Karaf writes to {@code karaf.pid}.
     */
    public void kill() throws IOException {
        String pid = Files.readString(home.resolve("karaf.pid")).strip();
        Result killed = run(List.of("kill", "-9", pid), home);
        if (killed.exitCode() != 0) {
            throw new IllegalStateException("kill -9 " + pid + " failed: " + killed.output());
        }
        await("Karaf to die").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !isRunning());
    }

    /** Stops {@code karaf} if there is one and it runs: what a test that started it does after each test. */
    public static void stopIfRunning(KarafInstallation karaf) {
        if (karaf != null && karaf.isRunning()) {
            karaf.stop();
        }
    }

    public boolean isRunning() {
        Path lock = home.resolve("data/vbe-instance.lock");
        return Files.exists(lock) && run(List.of("flock", "-n", lock.toString(), "true"), home).exitCode() != 0;
    }

    /** Runs bin/karaf in the foreground, as an operator starting a second instance would. */
    public Result runInForeground(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("bin/karaf"));
        command.addAll(List.of(arguments));
        return run(command, home);
    }

    /** A finished process: its exit code and everything it printed. */
    public record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Path directory) {
        return run(command, directory, "");
    }

    private static Result run(List<String> command, Path directory, String input) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within 60 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
