package se.stockholm.vbe.platform.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration 7 on a database written before classifications existed. */
class ClassificationMigrationTest {

    @TempDir
    Path directory;

    private OlderDatabase db;

    @BeforeEach
    void databaseOfTheVersionBefore() throws SQLException {
        db = OlderDatabase.before(directory, 7);
        db.execute("INSERT INTO committee (id, name, kind, first_seen, last_seen) VALUES "
                + "('rinkeby-kista', 'Rinkeby-Kista', 'DISTRICT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        plan(2019, "editor-rinkeby-kista");
        db.execute("INSERT INTO plan_version (committee_id, plan_year, number, status, decided_at, decided_by, "
                + "document) VALUES ('rinkeby-kista', 2019, 1, 'APPROVED', CURRENT_TIMESTAMP, "
                + "'import:se.stockholm.vbe.committees.rinkeby-kista 1.0.0', '{}')");
        plan(2020, "import:se.stockholm.vbe.committees.rinkeby-kista 1.0.0");
        plan(2021, "editor-rinkeby-kista");
        db.execute("INSERT INTO plan_version (committee_id, plan_year, number, status, decided_at, decided_by, "
                + "document) VALUES ('rinkeby-kista', 2021, 1, 'ADOPTED', CURRENT_TIMESTAMP, 'editor-rinkeby-kista', "
                + "'{}')");
    }

    @Test
    void whatCameFromAShippedPlanIsPublicAndEverythingElseConfidential() throws SQLException {
        db.migrateToTheLatest();

        List<String> expected = List.of("2019 PUBLIC", "2020 PUBLIC", "2021 CONFIDENTIAL");
        assertEquals(expected, db.rows("SELECT plan_year, classification FROM situation_section ORDER BY plan_year"));
        assertEquals(expected, db.rows("SELECT plan_year, classification FROM incident_count ORDER BY plan_year"));
        assertEquals(List.of("2019 PUBLIC", "2021 CONFIDENTIAL"),
                db.rows("SELECT plan_year, unmarked_classification FROM plan_version ORDER BY plan_year"));
        assertEquals(List.of("2019 null", "2020 null", "2021 null"),
                db.rows("SELECT plan_year, legal_ground FROM situation_section ORDER BY plan_year"));
    }

    private void plan(int year, String updatedBy) throws SQLException {
        db.execute("INSERT INTO action_plan (committee_id, plan_year, status, version, coordinator_role, updated_at, "
                + "updated_by) VALUES ('rinkeby-kista', " + year + ", 'APPROVED', 1, 'Samordnare', CURRENT_TIMESTAMP, '"
                + updatedBy + "')");
        db.execute("INSERT INTO situation_section (committee_id, plan_year, position, title, body) VALUES "
                + "('rinkeby-kista', " + year + ", 0, 'Lägesbild', 'Text')");
        db.execute("INSERT INTO incident_count (committee_id, plan_year, position, environment, source, incidents) "
                + "VALUES ('rinkeby-kista', " + year + ", 0, 'ISLAMIST', 'POLICE', 19)");
    }
}
