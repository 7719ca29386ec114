package se.stockholm.vbe.platform.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Records who changed what and when, in the same transaction as the change itself.
 */
public final class AuditTrail {

    private AuditTrail() {
    }

    public static void record(Connection connection, String actor, String committeeId, String action, String detail)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (occurred_at, actor, "
                + "committee_id, action, detail) VALUES (?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, actor);
            insert.setString(3, committeeId);
            insert.setString(4, action);
            insert.setString(5, detail);
            insert.executeUpdate();
        }
    }
}
