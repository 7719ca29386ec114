package se.stockholm.vbe.platform.internal.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.stockholm.vbe.api.session.SessionRecords;
import se.stockholm.vbe.platform.internal.db.Database;

/**
 * The web application's sessions in the table {@code web_session} (migration 8), so that every node of an
 * installation serves every session. Roles are stored comma-separated (role names hold no commas).
 */
@Component(service = SessionRecords.class)
public final class DatabaseSessionRecords implements SessionRecords {

    private final Database database;

    @Activate
    public DatabaseSessionRecords(@Reference Database database) {
        this.database = database;
    }

    @Override
    public void start(StoredSession session, Instant idleBefore, Instant createdBefore, int maxSessions) {
        database.transaction(connection -> {
            try (PreparedStatement expired = connection.prepareStatement(
                    "DELETE FROM web_session WHERE last_access <= ? OR created_at <= ?")) {
                expired.setTimestamp(1, Timestamp.from(idleBefore));
                expired.setTimestamp(2, Timestamp.from(createdBefore));
                expired.executeUpdate();
            }
            insert(connection, session);
            trim(connection, maxSessions);
            return null;
        });
    }

    @Override
    public Optional<StoredSession> find(String digest) {
        return database.transaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT user_name, roles, csrf_token, "
                    + "created_at, last_access FROM web_session WHERE id_digest = ?")) {
                query.setString(1, digest);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(new StoredSession(digest, rows.getString(1),
                            roles(rows.getString(2)), rows.getString(3), rows.getTimestamp(4).toInstant(),
                            rows.getTimestamp(5).toInstant())) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void touch(String digest, Instant lastAccess) {
        update("UPDATE web_session SET last_access = ? WHERE id_digest = ?", Timestamp.from(lastAccess), digest);
    }

    @Override
    public void end(String digest) {
        update("DELETE FROM web_session WHERE id_digest = ?", digest);
    }

    @Override
    public int count() {
        return database.transaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM web_session");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    private static void insert(Connection connection, StoredSession session) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO web_session (id_digest, user_name, "
                + "roles, csrf_token, created_at, last_access) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, session.digest());
            insert.setString(2, session.user());
            insert.setString(3, String.join(",", session.roles()));
            insert.setString(4, session.csrfToken());
            insert.setTimestamp(5, Timestamp.from(session.created()));
            insert.setTimestamp(6, Timestamp.from(session.lastAccess()));
            insert.executeUpdate();
        }
    }

    /** Ends the least recently used sessions beyond the cap (rarely any: the cap is far above the usual count). */
    private static void trim(Connection connection, int maxSessions) throws SQLException {
        int excess;
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM web_session");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            excess = rows.getInt(1) - maxSessions;
        }
        if (excess <= 0) {
            return;
        }
        try (PreparedStatement oldest = connection.prepareStatement(
                "SELECT id_digest FROM web_session ORDER BY last_access, created_at FETCH FIRST ? ROWS ONLY");
                PreparedStatement delete = connection.prepareStatement("DELETE FROM web_session WHERE id_digest = ?")) {
            oldest.setInt(1, excess);
            try (ResultSet rows = oldest.executeQuery()) {
                while (rows.next()) {
                    delete.setString(1, rows.getString(1));
                    delete.addBatch();
                }
            }
            delete.executeBatch();
        }
    }

    private void update(String sql, Object... values) {
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                update.executeUpdate();
            }
            return null;
        });
    }

    private static Set<String> roles(String stored) {
        return stored.isEmpty() ? Set.of()
                : Arrays.stream(stored.split(",")).collect(Collectors.toUnmodifiableSet());
    }
}
