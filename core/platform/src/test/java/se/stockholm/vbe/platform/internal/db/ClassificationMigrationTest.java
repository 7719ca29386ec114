package se.stockholm.vbe.platform.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration 7 on a database written before classifications existed. */
class ClassificationMigrationTest {

    @TempDir
    Path directory;

    private EmbeddedDataSource dataSource;

    @BeforeEach
    void databaseOfTheVersionBefore() throws SQLException {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.resolve("db").toString());
        dataSource.setCreateDatabase("create");
        new SchemaMigrator(Migrations.ALL.stream().filter(m -> m.version() < 7).toList(),
                getClass().getClassLoader()).migrate(dataSource);
        execute("INSERT INTO committee (id, name, kind, first_seen, last_seen) VALUES "
                + "('rinkeby-kista', 'Rinkeby-Kista', 'DISTRICT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        plan(2019, "editor-rinkeby-kista");
        execute("INSERT INTO plan_version (committee_id, plan_year, number, status, decided_at, decided_by, document) "
                + "VALUES ('rinkeby-kista', 2019, 1, 'APPROVED', CURRENT_TIMESTAMP, "
                + "'import:se.stockholm.vbe.committees.rinkeby-kista 1.0.0', '{}')");
        plan(2020, "import:se.stockholm.vbe.committees.rinkeby-kista 1.0.0");
        plan(2021, "editor-rinkeby-kista");
        execute("INSERT INTO plan_version (committee_id, plan_year, number, status, decided_at, decided_by, document) "
                + "VALUES ('rinkeby-kista', 2021, 1, 'ADOPTED', CURRENT_TIMESTAMP, 'editor-rinkeby-kista', '{}')");
    }

    @Test
    void whatCameFromAShippedPlanIsPublicAndEverythingElseConfidential() throws SQLException {
        new SchemaMigrator(Migrations.ALL, getClass().getClassLoader()).migrate(dataSource);

        List<String> expected = List.of("2019 PUBLIC", "2020 PUBLIC", "2021 CONFIDENTIAL");
        assertEquals(expected, rows("SELECT plan_year, classification FROM situation_section ORDER BY plan_year"));
        assertEquals(expected, rows("SELECT plan_year, classification FROM incident_count ORDER BY plan_year"));
        assertEquals(List.of("2019 PUBLIC", "2021 CONFIDENTIAL"),
                rows("SELECT plan_year, unmarked_classification FROM plan_version ORDER BY plan_year"));
        assertEquals(List.of("2019 null", "2020 null", "2021 null"),
                rows("SELECT plan_year, legal_ground FROM situation_section ORDER BY plan_year"));
    }

    private void plan(int year, String updatedBy) throws SQLException {
        execute("INSERT INTO action_plan (committee_id, plan_year, status, version, coordinator_role, updated_at, "
                + "updated_by) VALUES ('rinkeby-kista', " + year + ", 'APPROVED', 1, 'Samordnare', CURRENT_TIMESTAMP, '"
                + updatedBy + "')");
        execute("INSERT INTO situation_section (committee_id, plan_year, position, title, body) VALUES "
                + "('rinkeby-kista', " + year + ", 0, 'Lägesbild', 'Text')");
        execute("INSERT INTO incident_count (committee_id, plan_year, position, environment, source, incidents) "
                + "VALUES ('rinkeby-kista', " + year + ", 0, 'ISLAMIST', 'POLICE', 19)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2));
            }
        }
        return rows;
    }
}
