package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.service.jdbc.DataSourceFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The trust boundaries of issue 9, in the default distribution: what a hostile bundle, a hostile client or
 * a failing machine must not be able to do to the platform.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrustBoundariesIT extends VbeKarafTestSupport {

    @Inject
    @Filter("(osgi.jdbc.driver.name=derby)")
    private DataSourceFactory derby;

    // Defect 11: a read-only database.

    @Test
    public void aReadOnlyDatabaseAnswers503WithRetryAfterAndRecoversWithoutARestart() throws Exception {
        String plans = "/api/committees/alvsjo/plans/";
        assertEquals(201, as("editor-alvsjo", "PUT", plans + 2061, PlansIT.plan(1)).statusCode());
        Path directory = Path.of(System.getProperty("karaf.data"), "vbe");

        try (ReadOnlyDirectory readOnly = new ReadOnlyDirectory(directory)) {
            // Derby keeps writing through the files it opened while the directory was writable; it meets the
            // read-only directory when it opens them again, as after a restart or a severe I/O error.
            shutDownDerby(directory.resolve("derby"));
            readOnly.makeReadOnly();

            for (int year = 2062; year < 2065; year++) {
                HttpResponse<String> refused = as("editor-alvsjo", "PUT", plans + year, PlansIT.plan(1));
                assertEquals(refused.body(), 503, refused.statusCode());
                assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
                assertTrue("503 without Retry-After: " + refused.body(),
                        refused.headers().firstValue("Retry-After").isPresent());
            }
            HttpResponse<String> health = http.get("/api/health");
            assertEquals(503, health.statusCode());
            JsonNode report = JSON.readTree(health.body());
            assertEquals("DOWN", report.get("database").asText());
            String problem = databaseProblem(report);
            assertTrue(problem, problem.contains(directory.resolve("derby").toString())
                    && problem.contains("SQLState") && problem.contains("recovers by itself"));
            await("the platform staying DOWN while its directory is read-only, through two recovery attempts")
                    .during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                    .until(() -> http.get("/api/health").statusCode() == 503);

            readOnly.makeWritable();

            await("the database recovered").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> http.get("/api/health").statusCode() == 200);
        }
        HttpResponse<String> written = as("editor-alvsjo", "PUT", plans + 2062, PlansIT.plan(1));
        assertEquals(written.body(), 201, written.statusCode());
        assertEquals(200, as("editor-alvsjo", "GET", plans + 2061, null).statusCode());
    }

    private void shutDownDerby(Path database) throws SQLException {
        try (Connection ignored = derby.createDriver(null).connect("jdbc:derby:" + database + ";shutdown=true",
                new Properties())) {
            throw new AssertionError("Derby did not shut down " + database);
        } catch (SQLException e) {
            if (!"08006".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static String databaseProblem(JsonNode report) {
        for (JsonNode problem : report.get("problems")) {
            if (problem.get("source").asText().equals("database")) {
                return problem.get("message").asText();
            }
        }
        throw new AssertionError("no database problem in " + report);
    }

    /**
     * Makes a directory read-only for the platform's JVM: a read-only bind mount when running as root (root
     * ignores file permissions), otherwise the write permissions removed. Always undone on close.
     */
    private static final class ReadOnlyDirectory implements AutoCloseable {

        private static final Set<PosixFilePermission> WRITE = EnumSet.of(PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

        private final Path directory;
        private final boolean root = "root".equals(System.getProperty("user.name"));
        private boolean mounted;
        private boolean unwritable;

        ReadOnlyDirectory(Path directory) {
            this.directory = directory;
        }

        void makeReadOnly() throws IOException, InterruptedException {
            if (root) {
                run("mount", "--bind", directory.toString(), directory.toString());
                mounted = true;
                run("mount", "-o", "remount,ro,bind", directory.toString());
            } else {
                changeWrite(false);
                unwritable = true;
            }
            assertTrue("still writable: " + directory, !Files.isWritable(directory));
        }

        void makeWritable() throws IOException, InterruptedException {
            if (mounted) {
                // Lazily: the read-only Derby may still hold files open through the mount.
                run("umount", "-l", directory.toString());
                mounted = false;
            }
            if (unwritable) {
                changeWrite(true);
                unwritable = false;
            }
        }

        @Override
        public void close() throws IOException, InterruptedException {
            makeWritable();
        }

        private void changeWrite(boolean writable) throws IOException {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.toList()) {
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                    if (writable) {
                        permissions.add(PosixFilePermission.OWNER_WRITE);
                    } else {
                        permissions.removeAll(WRITE);
                    }
                    Files.setPosixFilePermissions(file, permissions);
                }
            }
        }

        private static void run(String... command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        }
    }
}
