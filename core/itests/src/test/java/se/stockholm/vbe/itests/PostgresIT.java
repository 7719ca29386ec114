package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform on PostgreSQL (always, whatever {@code vbe.itest.database} says): health names the server, an
 * export reads it, and a wrong password or driver name in etc/org.ops4j.datasource-vbe.cfg is named as what it is.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresIT extends VbeKarafTestSupport {

    @Inject
    private ConfigurationAdmin configurations;

    @Override
    @org.ops4j.pax.exam.Configuration
    public Option[] configuration() {
        return VbeDistribution.options(FreePort.next(), "postgresql");
    }

    @Test
    public void healthNamesThePostgreSqlServerItRunsOn() throws Exception {
        JsonNode health = health();

        assertEquals(health.toString(), "UP", health.get("database").asText());
        assertTrue(health.toString(), health.get("databaseProduct").asText().matches("PostgreSQL 1[5-9].*"));
    }

    @Test
    public void anExportOfThePostgreSqlDatabaseSaysWhereItComesFrom() throws Exception {
        Path export = Path.of(System.getProperty("karaf.home"), "data", "tmp", "vbe-export.jsonl");

        KarafShell.execute(configurations, "vbe:db-export " + export);

        List<String> lines = Files.readAllLines(export);
        assertTrue(lines.get(0), JSON.readTree(lines.get(0)).get("exportedFrom").asText().startsWith("PostgreSQL"));
        assertTrue(lines.get(lines.size() - 1), JSON.readTree(lines.get(lines.size() - 1)).get("end").asBoolean());
    }

    @Test
    public void aWrongPasswordIsNamedInHealthAndTheRightOneIsTakenWithoutARestart() throws Exception {
        JsonNode down = withDataSourceSetting("password", "not-the-password", () -> awaitDown("password"));

        assertTrue(down.toString(), problems(down).contains("password authentication failed for user \\\"vbe\\\""));
        awaitUp();
    }

    @Test
    public void aDriverNameNoDriverCarriesIsNamedWithTheInstalledDrivers() throws Exception {
        JsonNode down = withDataSourceSetting("osgi.jdbc.driver.name", "Postgres", () -> awaitDown("no JDBC driver"));

        String problems = problems(down);
        assertTrue(problems, problems.contains("no JDBC driver named 'Postgres' is registered"));
        assertTrue(problems, problems.contains("PostgreSQL JDBC Driver"));
        assertTrue(problems, problems.contains("derby"));
        awaitUp();
    }

    private interface Check {
        JsonNode run() throws Exception;
    }

    /**
     * Runs {@code check} while etc/org.ops4j.datasource-vbe.cfg has {@code key} set to {@code value}, edited and
     * restored in the file as an operator would. Through ConfigAdmin, fileinstall's write-back of each change to the
     * file raced the next change, and once read a half-restored configuration back in.
     */
    private JsonNode withDataSourceSetting(String key, String value, Check check) throws Exception {
        Path file = Path.of(System.getProperty("karaf.etc"), "org.ops4j.datasource-vbe.cfg");
        String before = Files.readString(file);
        String prefix = key + " =";
        List<String> lines = new ArrayList<>();
        before.lines().filter(line -> !line.startsWith(prefix) && !line.startsWith(key + "=")).forEach(lines::add);
        lines.add(prefix + " " + value);
        replace(file, String.join("\n", lines) + "\n");
        try {
            return check.run();
        } finally {
            replace(file, before);
        }
    }

    /** Writes the file whole in one step, so that fileinstall never reads half of it. */
    private static void replace(Path file, String content) throws Exception {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, content);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private JsonNode awaitDown(String problem) {
        return await("health DOWN naming " + problem).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(this::health, health -> health.get("status").asText().equals("DOWN")
                        && problems(health).contains(problem));
    }

    private void awaitUp() {
        await("health UP again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions().until(() -> health().get("database").asText().equals("UP"));
    }

    private JsonNode health() throws Exception {
        return JSON.readTree(http.get("/api/health").body());
    }

    private static String problems(JsonNode health) {
        return health.get("problems").toString();
    }
}
