package se.stockholm.vbe.platform.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XADataSource;

import org.apache.derby.iapi.jdbc.AutoloadedDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.jdbc.DataSourceFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.database.TransferSummary;

class DatabaseTransferServiceTest {

    private static final Actor COORDINATOR = Actor.user("shell:karaf", Set.of(Actor.COORDINATOR));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void anExportHoldsEveryTableParentsFirstWithTheSchemaVersionAndEndsWithTheCounts() throws IOException {
        Database database = TestDatabase.derby(directory.resolve("source"));
        TestDatabase.committee(database, "alvsjo", CommitteeKind.DISTRICT);
        Path file = directory.resolve("export.jsonl");

        TransferSummary summary = new DatabaseTransferService(database, List.of()).exportTo(file, COORDINATOR);

        List<JsonNode> lines = Files.readAllLines(file).stream().map(this::parse).toList();
        assertEquals(Migrations.ALL.get(Migrations.ALL.size() - 1).version(),
                lines.get(0).get("schemaVersion").asInt());
        assertTrue(lines.get(0).get("exportedFrom").asText().startsWith("Apache Derby"), lines.get(0).toString());
        assertEquals(TableDump.TABLES, lines.stream().filter(line -> line.has("table"))
                .map(line -> line.get("table").asText()).toList());
        assertEquals("alvsjo", lines.get(2).get(0).asText(), "the committee's row follows its table's line");
        assertEquals(1, lines.get(lines.size() - 1).get("rows").get("committee").asInt());
        assertEquals(1, summary.rows().get("committee"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "the export holds confidential content");
    }

    @Test
    void aDuplicateReportFollowsTheReportItDuplicatesEvenWhenThatOneIsNewer() throws IOException {
        Database database = TestDatabase.derby(directory.resolve("source"));
        TestDatabase.committee(database, "alvsjo", CommitteeKind.DISTRICT);
        database.transaction(connection -> {
            try (var statement = connection.createStatement()) {
                for (String status : List.of("SUBMITTED", "ACCEPTED")) {
                    statement.executeUpdate("INSERT INTO incident_report (committee_id, report_month, environment, "
                            + "incident_type, place_type, source, actions, description, submitted_at, submitted_by, "
                            + "status) VALUES ('alvsjo', '2026-11', 'WHITE_POWER', 'OTHER', 'OTHER', 'POLICE', 'NONE', "
                            + "'Klotter', CURRENT_TIMESTAMP, 'rapportor', '" + status + "')");
                }
                statement.executeUpdate("UPDATE incident_report SET status = 'DUPLICATE', duplicate_of = "
                        + "(SELECT MAX(id) FROM incident_report) WHERE id = (SELECT MIN(id) FROM incident_report)");
            }
            return null;
        });
        Path file = directory.resolve("export.jsonl");

        new DatabaseTransferService(database, List.of()).exportTo(file, COORDINATOR);

        List<String> statuses = new ArrayList<>();
        boolean inReports = false;
        for (JsonNode line : Files.readAllLines(file).stream().map(this::parse).toList()) {
            if (line.has("table")) {
                inReports = line.get("table").asText().equals("incident_report");
            } else if (inReports && line.isArray()) {
                statuses.add(line.toString().contains("\"DUPLICATE\"") ? "DUPLICATE" : "ORIGINAL");
            }
        }
        assertEquals(List.of("ORIGINAL", "DUPLICATE"), statuses, "an import meets the original first");
    }

    @Test
    void anExportNeverOverwritesAFileAndNeedsTheCoordinator() throws IOException {
        DatabaseTransferService transfer = new DatabaseTransferService(TestDatabase.derby(directory), List.of());
        Path existing = Files.writeString(directory.resolve("keep.txt"), "keep");

        assertThrows(InvalidInputException.class, () -> transfer.exportTo(existing, COORDINATOR));
        assertEquals("keep", Files.readString(existing));
        assertThrows(AccessDeniedException.class, () -> transfer.exportTo(directory.resolve("new.jsonl"),
                Actor.user("lasare", Set.of(Actor.READER))));
    }

    @Test
    void anImportGoesIntoPostgreSqlOnlyAndChangesNothingElsewhere() throws IOException {
        Database source = TestDatabase.derby(directory.resolve("source"));
        Path file = directory.resolve("export.jsonl");
        new DatabaseTransferService(source, List.of()).exportTo(file, COORDINATOR);
        DatabaseTransferService transfer = new DatabaseTransferService(source,
                List.of(derby(directory.resolve("target"))));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> transfer.importInto(file, "jdbc:derby:target", null, null, COORDINATOR));

        assertTrue(refused.getMessage().contains("imports go into PostgreSQL, not into Apache Derby"),
                refused.getMessage());
    }

    private JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    /** Derby's driver as pax-jdbc registers it, opening the database in {@code target} whatever the URL. */
    private static DataSourceFactory derby(Path target) {
        return new DataSourceFactory() {
            @Override
            public DataSource createDataSource(Properties properties) {
                return TestDatabase.dataSource(target);
            }

            @Override
            public ConnectionPoolDataSource createConnectionPoolDataSource(Properties properties) {
                throw new UnsupportedOperationException();
            }

            @Override
            public XADataSource createXADataSource(Properties properties) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Driver createDriver(Properties properties) {
                return new AutoloadedDriver();
            }
        };
    }
}
