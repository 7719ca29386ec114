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

/** Migration 10 on a database written before incident types, place types and tertials existed. */
class IncidentTypesMigrationTest {

    @TempDir
    Path directory;

    private EmbeddedDataSource dataSource;

    @BeforeEach
    void databaseOfTheVersionBefore() throws SQLException {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.resolve("db").toString());
        dataSource.setCreateDatabase("create");
        new SchemaMigrator(Migrations.ALL.stream().filter(m -> m.version() < 10).toList(),
                getClass().getClassLoader()).migrate(dataSource);
        execute("INSERT INTO committee (id, name, kind, first_seen, last_seen) VALUES "
                + "('rinkeby-kista', 'Rinkeby-Kista', 'DISTRICT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        execute("INSERT INTO action_plan (committee_id, plan_year, status, version, coordinator_role, updated_at, "
                + "updated_by) VALUES ('rinkeby-kista', 2019, 'APPROVED', 1, 'Samordnare', CURRENT_TIMESTAMP, "
                + "'editor-rinkeby-kista')");
        count(0, "ISLAMIST", "POLICE", 19, "PUBLIC");
        count(1, "ISLAMIST", "INCIDENT_REPORTING_SYSTEM", 2, "PUBLIC");
        count(2, "WHITE_POWER", "POLICE", 7, "CONFIDENTIAL");
    }

    @Test
    void everyCountIsKeptAsTypeOtherAtAPlaceOfTypeOtherInAnUnknownTertial() throws SQLException {
        new SchemaMigrator(Migrations.ALL, getClass().getClassLoader()).migrate(dataSource);

        assertEquals(List.of(
                "ISLAMIST POLICE 19 PUBLIC OTHER OTHER null",
                "ISLAMIST INCIDENT_REPORTING_SYSTEM 2 PUBLIC OTHER OTHER null",
                "WHITE_POWER POLICE 7 CONFIDENTIAL OTHER OTHER null"),
                rows("SELECT environment, source, incidents, classification, incident_type, place_type, tertial "
                        + "FROM incident_count ORDER BY position"));
    }

    private void count(int position, String environment, String source, int incidents, String classification)
            throws SQLException {
        execute("INSERT INTO incident_count (committee_id, plan_year, position, environment, source, incidents, "
                + "classification) VALUES ('rinkeby-kista', 2019, " + position + ", '" + environment + "', '"
                + source + "', " + incidents + ", '" + classification + "')");
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
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(String.join(" ", row));
            }
        }
        return rows;
    }
}
