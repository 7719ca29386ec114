package se.stockholm.vbe.platform.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Named locks in the database ({@code vbe_lock}, migration 8), for one-time work that two nodes may start at the
 * same moment: updating the lock's row holds it until the transaction ends, on Derby and PostgreSQL alike, so the
 * second node waits and then sees what the first one wrote.
 */
public enum NamedLock {
    /** Recording committees, their owners and their shipped plans. */
    COMMITTEES("committees");

    private final String name;

    NamedLock(String name) {
        this.name = name;
    }

    /** Takes the lock for the rest of the transaction on {@code connection}, waiting while another holds it. */
    public void hold(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE vbe_lock SET taken_at = ? WHERE name = ?")) {
            update.setTimestamp(1, Timestamp.from(StoredTime.now()));
            update.setString(2, name);
            if (update.executeUpdate() != 1) {
                throw new SQLException("the lock row " + name + " is missing from vbe_lock (migration 8)");
            }
        }
    }
}
