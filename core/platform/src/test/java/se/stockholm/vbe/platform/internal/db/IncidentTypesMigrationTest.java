package se.stockholm.vbe.platform.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migration 10 on a database written before incident types, place types and tertials existed. */
class IncidentTypesMigrationTest {

    @TempDir
    Path directory;

    private OlderDatabase db;

    @BeforeEach
    void databaseOfTheVersionBefore() throws SQLException {
        db = OlderDatabase.before(directory, 10);
        db.execute("INSERT INTO committee (id, name, kind, first_seen, last_seen) VALUES "
                + "('rinkeby-kista', 'Rinkeby-Kista', 'DISTRICT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        db.execute("INSERT INTO action_plan (committee_id, plan_year, status, version, coordinator_role, updated_at, "
                + "updated_by) VALUES ('rinkeby-kista', 2019, 'APPROVED', 1, 'Samordnare', CURRENT_TIMESTAMP, "
                + "'editor-rinkeby-kista')");
        count(0, "ISLAMIST", "POLICE", 19, "PUBLIC");
        count(1, "ISLAMIST", "INCIDENT_REPORTING_SYSTEM", 2, "PUBLIC");
        count(2, "WHITE_POWER", "POLICE", 7, "CONFIDENTIAL");
    }

    @Test
    void everyCountIsKeptAsTypeOtherAtAPlaceOfTypeOtherInAnUnknownTertial() throws SQLException {
        db.migrateToTheLatest();

        assertEquals(List.of(
                "ISLAMIST POLICE 19 PUBLIC OTHER OTHER null",
                "ISLAMIST INCIDENT_REPORTING_SYSTEM 2 PUBLIC OTHER OTHER null",
                "WHITE_POWER POLICE 7 CONFIDENTIAL OTHER OTHER null"),
                db.rows("SELECT environment, source, incidents, classification, incident_type, place_type, tertial "
                        + "FROM incident_count ORDER BY position"));
    }

    private void count(int position, String environment, String source, int incidents, String classification)
            throws SQLException {
        db.execute("INSERT INTO incident_count (committee_id, plan_year, position, environment, source, incidents, "
                + "classification) VALUES ('rinkeby-kista', 2019, " + position + ", '" + environment + "', '"
                + source + "', " + incidents + ", '" + classification + "')");
    }
}
