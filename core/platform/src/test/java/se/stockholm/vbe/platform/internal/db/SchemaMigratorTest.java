package se.stockholm.vbe.platform.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class SchemaMigratorTest {

    private static final Migration ONE = new Migration(1, "one", "db/test/V1__one.sql");
    private static final Migration TWO = new Migration(2, "two", "db/test/V2__two.sql");
    private static final Migration BROKEN = new Migration(2, "broken", "db/test/V2__broken.sql");
    private static final Migration VARIANT = new Migration(2, "variant", "db/test/V2__variant.sql");

    @TempDir
    Path directory;

    private EmbeddedDataSource dataSource;

    @BeforeEach
    void createDatabase() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(directory.resolve("db").toString());
        dataSource.setCreateDatabase("create");
    }

    @Test
    void runsEveryMigrationOnAnEmptyDatabase() throws SQLException {
        int version = migrator(ONE, TWO).migrate(dataSource);

        assertEquals(2, version);
        assertTrue(tableExists("FIRST_TABLE"));
        assertTrue(tableExists("SECOND_TABLE"));
    }

    @Test
    void aMigrationWithAVariantForTheDatabaseRunsTheVariant() throws SQLException {
        migrator(ONE, VARIANT).migrate(dataSource);

        assertTrue(tableExists("DERBY_TABLE"));
        assertFalse(tableExists("SHARED_TABLE"));
        assertEquals(List.of("2|variant"), rows("SELECT version, description FROM " + SchemaMigrator.HISTORY_TABLE
                + " WHERE version = 2"), "recorded as the shared migration, whichever script ran");
    }

    @Test
    void runsOnlyWhatIsNewOnASecondStart() throws SQLException {
        migrator(ONE).migrate(dataSource);

        int version = migrator(ONE, TWO).migrate(dataSource);

        assertEquals(2, version);
        assertEquals(1, count("SELECT COUNT(*) FROM first_table"), "migration 1 ran once, its data kept");
        assertEquals(2, count("SELECT COUNT(*) FROM " + SchemaMigrator.HISTORY_TABLE));
    }

    @Test
    void aMigrationNumberedBelowOneAlreadyRunStillRunsOnce() throws SQLException {
        migrator(TWO).migrate(dataSource);

        int version = migrator(ONE, TWO).migrate(dataSource);

        assertEquals(2, version);
        assertEquals(1, count("SELECT COUNT(*) FROM first_table"), "migration 1 ran although 2 had run before it");
        assertEquals(2, count("SELECT COUNT(*) FROM " + SchemaMigrator.HISTORY_TABLE));
        assertEquals(2, migrator(ONE, TWO).migrate(dataSource), "and on the next start nothing runs again");
    }

    @Test
    void aFailingMigrationIsRolledBackWholeAndKeepsEarlierOnes() throws SQLException {
        SQLException failure = assertThrows(SQLException.class, () -> migrator(ONE, BROKEN).migrate(dataSource));

        assertTrue(failure.getMessage().contains("migration 2 (broken) failed"), failure.getMessage());
        assertTrue(tableExists("FIRST_TABLE"));
        assertFalse(tableExists("SECOND_TABLE"), "the broken migration's first statement was rolled back");
        assertEquals(2, migrator(ONE, TWO).migrate(dataSource), "a fixed migration runs on the next start");
    }

    @Test
    void thePlatformsOwnMigrationsApplyToDerby() throws SQLException {
        SchemaMigrator migrator = new SchemaMigrator(Migrations.ALL, getClass().getClassLoader());

        assertEquals(migrator.newestVersion(), migrator.migrate(dataSource));
        assertEquals(migrator.newestVersion(), migrator.migrate(dataSource));
    }

    @Test
    void todaysAuditEventsMoveIntoTheAuditTrailWithEveryValueAndInTheirOrder() throws SQLException {
        new SchemaMigrator(Migrations.ALL.subList(0, 4), getClass().getClassLoader()).migrate(dataSource);
        execute("INSERT INTO audit_event (occurred_at, actor, committee_id, action, detail) VALUES "
                + "('2026-11-20 10:00:00', 'bundle:se.stockholm.vbe.committee.alvsjo', 'alvsjo', 'committee-owner', "
                + "'first registered by se.stockholm.vbe.committee.alvsjo'), "
                + "('2026-11-21 11:30:00', 'samordnare', 'alvsjo', 'feature', 'follow-up: on -> off'), "
                + "('2026-11-22 09:15:00', 'shell:karaf', NULL, 'stop-list-add', '802400-1235 Exempel (Dnr 1/2026)'), "
                + "('2026-11-23 08:00:00', 'editor-alvsjo', 'alvsjo', 'reclaim', 'check 7 (Dnr 2/2026)')");

        SchemaMigrator all = new SchemaMigrator(Migrations.ALL, getClass().getClassLoader());
        assertEquals(all.newestVersion(), all.migrate(dataSource));

        assertEquals(List.of(
                "2026-11-20 10:00:00.0|bundle:se.stockholm.vbe.committee.alvsjo|BUNDLE|committee-owner|committee|alvsjo"
                        + "|alvsjo|first registered by se.stockholm.vbe.committee.alvsjo|false",
                "2026-11-21 11:30:00.0|samordnare|REST|feature|feature|null|alvsjo|follow-up: on -> off|false",
                "2026-11-22 09:15:00.0|shell:karaf|SHELL|stop-list-add|stop-list|null|null"
                        + "|802400-1235 Exempel (Dnr 1/2026)|false",
                "2026-11-23 08:00:00.0|editor-alvsjo|REST|reclaim|grant-check|null|alvsjo|check 7 (Dnr 2/2026)|false"),
                rows("SELECT occurred_at, actor, channel, action, entity_type, entity_id, committee_id, change_text, "
                        + "confidential FROM audit_entry ORDER BY id"));
        assertFalse(tableExists("AUDIT_EVENT"), "superseded by audit_entry");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                result.add(row.toString());
            }
            return result;
        }
    }

    private SchemaMigrator migrator(Migration... migrations) {
        return new SchemaMigrator(List.of(migrations), getClass().getClassLoader());
    }

    private boolean tableExists(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
            return tables.next();
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
