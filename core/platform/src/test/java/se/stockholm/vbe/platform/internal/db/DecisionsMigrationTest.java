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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration 6 on a database written by migrations 1–4: plans, decisions and follow-ups keep every value,
 * and today's follow-ups become the first report of each.
 */
class DecisionsMigrationTest {

    @TempDir
    Path directory;

    @Test
    void aDatabaseWrittenBeforeDecisionRecordsKeepsEveryPlanDecisionAndFollowUp() throws SQLException {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.resolve("db").toString());
        dataSource.setCreateDatabase("create");
        List<Migration> before = Migrations.ALL.stream().filter(m -> m.version() <= 4).toList();
        assertEquals(4, new SchemaMigrator(before, getClass().getClassLoader()).migrate(dataSource));
        execute(dataSource,
                "INSERT INTO committee (id, name, kind, first_seen, last_seen) VALUES ('rinkeby-kista', "
                        + "'Rinkeby-Kista', 'DISTRICT', TIMESTAMP('2019-01-02 10:00:00'), TIMESTAMP('2019-01-02 10:00:00'))",
                "INSERT INTO action_plan (committee_id, plan_year, status, version, coordinator_role, next_revision, "
                        + "updated_at, updated_by) VALUES ('rinkeby-kista', 2019, 'APPROVED', 4, 'Samordnare', "
                        + "'Tertialrapport 1 2020', TIMESTAMP('2019-03-20 09:00:00'), 'samordnare')",
                "INSERT INTO activity (committee_id, plan_year, position, title, area, responsible, partners, ongoing, "
                        + "follow_up_in) VALUES ('rinkeby-kista', 2019, 0, 'Trygghetsvandring', 'PREVENTIVE', "
                        + "'Samordnaren', 'Polisen', TRUE, 'T1,T2')",
                "INSERT INTO plan_version (committee_id, plan_year, number, status, decided_at, decided_by, document) "
                        + "VALUES ('rinkeby-kista', 2019, 1, 'APPROVED', TIMESTAMP('2019-03-20 09:00:00'), "
                        + "'samordnare', '{\"year\":2019}')");
        long activity = longValue(dataSource, "SELECT id FROM activity");
        execute(dataSource,
                "INSERT INTO follow_up (activity_id, period, status, comment, recorded_by, recorded_at) VALUES ("
                        + activity + ", 'T1', 'DONE', 'Genomförd – två vandringar', 'editor-rinkeby-kista', "
                        + "TIMESTAMP('2019-05-02 14:30:00.123456'))",
                "INSERT INTO follow_up (activity_id, period, status, comment, recorded_by, recorded_at) VALUES ("
                        + activity + ", 'T2', 'IN_PROGRESS', NULL, 'samordnare', TIMESTAMP('2019-09-01 08:00:00'))");

        SchemaMigrator all = new SchemaMigrator(Migrations.ALL, getClass().getClassLoader());
        assertEquals(all.newestVersion(), all.migrate(dataSource));

        assertEquals(List.of(
                activity + "|rinkeby-kista|2019|T1|DONE|Genomförd – två vandringar|editor-rinkeby-kista|2019-05-02 14:30:00.123456",
                activity + "|rinkeby-kista|2019|T2|IN_PROGRESS|null|samordnare|2019-09-01 08:00:00.0"),
                rows(dataSource, "SELECT activity_id, committee_id, plan_year, period, status, comment, recorded_by, "
                        + "recorded_at FROM follow_up_report ORDER BY period"));
        assertEquals(List.of("APPROVED|4|Samordnare|Tertialrapport 1 2020|2019-03-20 09:00:00.0|samordnare|null|null|null"),
                rows(dataSource, "SELECT status, version, coordinator_role, next_revision, updated_at, updated_by, "
                        + "revision_from, revision_started_at, revision_started_by FROM action_plan"));
        assertEquals(List.of("1|APPROVED|2019-03-20 09:00:00.0|samordnare|{\"year\":2019}|null|null|null"),
                rows(dataSource, "SELECT number, status, decided_at, decided_by, document, meeting_date, diary_number, "
                        + "paragraph FROM plan_version"));
        assertEquals(List.of("Trygghetsvandring|T1,T2"), rows(dataSource, "SELECT title, follow_up_in FROM activity"));
    }

    private static void execute(EmbeddedDataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    private static long longValue(EmbeddedDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Each row as its columns' string values joined by {@code |}. */
    private static List<String> rows(EmbeddedDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rows.getString(i)));
                }
                result.add(String.join("|", values));
            }
            return result;
        }
    }
}
