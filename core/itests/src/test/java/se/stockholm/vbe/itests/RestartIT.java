package se.stockholm.vbe.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The distribution as an operator runs it: bin/start and bin/stop on one installation and its data. Derby only:
 * it restarts on the embedded database's files and makes one that cannot be opened.
 */
class RestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KarafInstallation karaf;

    @AfterEach
    void stopWhatIsRunning() {
        KarafInstallation.stopIfRunning(karaf);
    }

    @Test
    void aWarmRestartComesBackHealthyWithItsData() throws Exception {
        karaf = KarafInstallation.unpack(Path.of("target/restart"));
        karaf.start();
        assertHealthy();
        HttpResponse<String> created = karaf.http().call("PUT", "/api/committees/alvsjo/plans/2030", PlansIT.plan(2),
                "editor-alvsjo", "editor");
        assertEquals(201, created.statusCode(), created.body());
        String seedPlan = karaf.http().get("/api/committees/rinkeby-kista/plans/2019").body();
        assertEquals(200, karaf.http().call("PUT", "/api/admin/committees/alvsjo/features/association-grant-check",
                "{\"enabled\": false}", "samordnare", "samordnare").statusCode());
        assertEquals(201, karaf.http().call("POST", "/api/admin/stop-list", "{\"organisationNumber\": \"802433-3331\", "
                + "\"name\": \"Föreningen Stopp\", \"reason\": \"Konstaterad\", \"decisionReference\": \"Dnr 1\"}",
                "samordnare", "samordnare").statusCode());
        karaf.stop();
        List<String> historyAfterFirstRun = schemaHistory();

        karaf.start();
        assertHealthy();
        assertEquals(created.body(), karaf.http().call("GET", "/api/committees/alvsjo/plans/2030", null,
                "editor-alvsjo", "editor").body(), "the plan written before the restart");
        assertEquals(seedPlan, karaf.http().get("/api/committees/rinkeby-kista/plans/2019").body(),
                "the seed plan was not imported a second time");
        assertTrue(karaf.http().get("/api/committees/alvsjo").body().contains("\"features\":[\"premises-rental-check\""),
                "the feature switched off before the restart is still off");
        assertTrue(karaf.http().call("GET", "/api/admin/stop-list", null, "samordnare", "samordnare").body()
                .contains("802433-3331"), "the stop list survived the restart");
        karaf.stop();

        assertEquals(historyAfterFirstRun, schemaHistory(), "the second start migrated nothing and lost nothing");
    }

    @Test
    void anAcknowledgedIncidentReportSurvivesAKill9RightAfterIts201() throws Exception {
        karaf = KarafInstallation.unpack(Path.of("target/kill-after-report"));
        karaf.start();
        String month = YearMonth.now(ZoneId.of("Europe/Stockholm")).toString();
        HttpResponse<String> sent = karaf.http().call("POST", "/api/committees/alvsjo/incident-reports", """
                {"month": "%s", "environment": "AUTONOMOUS", "type": "THREATS_AND_VIOLENCE", "placeType": "LIBRARY",
                 "source": "OWN_UNITS", "actions": ["POLICE_REPORT"], "description": "Hot mot personal vid disken"}
                """.formatted(month), "rapportor", "rapportor");
        karaf.kill();
        assertEquals(201, sent.statusCode(), sent.body());

        karaf.start();
        String reports = karaf.http().call("GET", "/api/committees/alvsjo/incident-reports", null, "editor-alvsjo",
                "editor").body();
        assertTrue(reports.contains("{\"id\":" + JSON.readTree(sent.body()).get("id").asLong() + ",")
                && reports.contains("Hot mot personal vid disken"), reports);
    }

    @Test
    void aSecondInstanceOnTheSameInstallationRefusesToStart() {
        karaf = KarafInstallation.unpack(Path.of("target/second-instance"));
        karaf.start();

        KarafInstallation.Result second = karaf.runInForeground("server");

        assertEquals(3, second.exitCode(), second.output());
        assertTrue(second.output().contains("another Karaf is already running from this installation"),
                second.output());
        assertHealthy();
    }

    @Test
    void aDatabaseThatCannotBeOpenedLeavesThePlatformRunningAndReportingDown() throws Exception {
        karaf = KarafInstallation.unpack(Path.of("target/database-down"));
        Files.createDirectories(karaf.home().resolve("data"));
        Files.writeString(karaf.home().resolve("data/not-a-directory"), "a file where Derby wants a directory");
        karaf.setProperty("etc/org.ops4j.datasource-vbe.cfg", "url",
                "jdbc:derby:${karaf.data}/not-a-directory/derby;create=true");

        karaf.start(503);
        await("the database problem, not just a platform still starting").atMost(Duration.ofSeconds(30))
                .until(() -> karaf.http().get("/api/health").body().contains("not-a-directory"));
        HttpResponse<String> health = karaf.http().get("/api/health");

        assertEquals(503, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\":\"DOWN\""), health.body());
        assertTrue(health.body().contains("\"database\":\"DOWN\""), health.body());
        assertTrue(health.body().contains("not-a-directory"), "the problem names the database: " + health.body());
        HttpResponse<String> other = karaf.http().get("/api/committees");
        assertEquals(503, other.statusCode(), "nothing but health is served without a database");
        assertEquals("2", other.headers().firstValue("Retry-After").orElse(""));
        String log = Files.readString(karaf.home().resolve("data/log/karaf.log"));
        assertTrue(log.contains("Check that the directory is writable"), "the log says what to fix");
    }

    private void assertHealthy() {
        HttpResponse<String> health = karaf.http().get("/api/health");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().startsWith("{\"status\":\"UP\",\"database\":\"UP\""), health.body());
    }

    /** Reads the Derby files directly, after the platform has stopped and closed them. */
    private List<String> schemaHistory() throws SQLException {
        Path database = karaf.home().resolve("data/vbe/derby").toAbsolutePath();
        List<String> history = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version, description, installed_on FROM vbe_schema_version ORDER BY version")) {
            while (rows.next()) {
                history.add(rows.getInt(1) + " " + rows.getString(2) + " " + rows.getTimestamp(3));
            }
        } finally {
            shutDown(database);
        }
        assertNotEquals(List.of(), history);
        return history;
    }

    private static void shutDown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (08006).
        }
    }
}
