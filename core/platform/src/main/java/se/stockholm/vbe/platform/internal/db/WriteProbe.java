package se.stockholm.vbe.platform.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Checks that the database takes writes, not only reads: a read-only Derby still answers queries, but
 * fails the first change with 40XD1 or 25502. The check rewrites the newest schema history row with its own
 * values, so it needs no table of its own and changes nothing.
 */
final class WriteProbe {

    private WriteProbe() {
    }

    /**
     * Reads the schema version and rewrites its history row on {@code connection} (auto-commit off);
     * the caller commits (a real write, flushed to disk) or rolls back (cheap, for frequent health checks).
     *
     * @return the schema version
     */
    static int run(Connection connection, int timeoutSeconds) throws SQLException {
        int version;
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds);
            version = SchemaMigrator.currentVersion(statement);
        }
        try (PreparedStatement touch = connection.prepareStatement("UPDATE " + SchemaMigrator.HISTORY_TABLE
                + " SET description = description WHERE version = ?")) {
            touch.setQueryTimeout(timeoutSeconds);
            touch.setInt(1, version);
            touch.executeUpdate();
        }
        return version;
    }
}
