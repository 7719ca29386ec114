package se.stockholm.vbe.platform.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Objects;

import se.stockholm.vbe.platform.internal.db.StoredTime;

/**
 * Appends an entry to the audit trail on the connection of the change it records, so that the change and its
 * entry are committed together or not at all. Nothing in the platform updates or deletes an entry.
 */
public final class AuditTrail {

    private AuditTrail() {
    }

    /** @throws NullPointerException if the entry names no action or entity type: a writer's mistake */
    public static void record(Connection connection, AuditEntry entry) throws SQLException {
        Objects.requireNonNull(entry.action(), "action");
        Objects.requireNonNull(entry.entityType(), "entityType");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at, actor, "
                + "channel, action, entity_type, entity_id, committee_id, plan_year, change_text, confidential) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(StoredTime.now()));
            insert.setString(2, entry.actor());
            insert.setString(3, entry.channel().name());
            insert.setString(4, entry.action());
            insert.setString(5, entry.entityType());
            insert.setString(6, entry.entityId());
            insert.setString(7, entry.committeeId());
            if (entry.year() == null) {
                insert.setNull(8, Types.INTEGER);
            } else {
                insert.setInt(8, entry.year());
            }
            insert.setString(9, entry.change());
            insert.setBoolean(10, entry.confidential());
            insert.executeUpdate();
        }
    }
}
