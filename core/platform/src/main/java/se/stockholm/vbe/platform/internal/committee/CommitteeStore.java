package se.stockholm.vbe.platform.internal.committee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.platform.internal.db.StoredTime;

/**
 * The committees the platform has seen, kept so that their plans stay readable while they are offline.
 */
final class CommitteeStore {

    List<CommitteeInfo> all(Connection connection) throws SQLException {
        List<CommitteeInfo> committees = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, name, kind, bundle, bundle_version, last_seen FROM committee ORDER BY id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                committees.add(new CommitteeInfo(rows.getString(1), rows.getString(2),
                        CommitteeKind.valueOf(rows.getString(3)), false, rows.getString(4), rows.getString(5),
                        rows.getTimestamp(6).toInstant(), List.of()));
            }
        }
        return committees;
    }

    void save(Connection connection, CommitteeInfo committee) throws SQLException {
        Timestamp seen = Timestamp.from(committee.lastSeen() != null ? committee.lastSeen() : StoredTime.now());
        try (PreparedStatement update = connection.prepareStatement("UPDATE committee SET name = ?, kind = ?, "
                + "bundle = ?, bundle_version = ?, last_seen = ? WHERE id = ?")) {
            update.setString(1, committee.name());
            update.setString(2, committee.kind().name());
            update.setString(3, committee.bundle());
            update.setString(4, committee.bundleVersion());
            update.setTimestamp(5, seen);
            update.setString(6, committee.id());
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committee (id, name, kind, bundle, "
                + "bundle_version, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, committee.id());
            insert.setString(2, committee.name());
            insert.setString(3, committee.kind().name());
            insert.setString(4, committee.bundle());
            insert.setString(5, committee.bundleVersion());
            insert.setTimestamp(6, seen);
            insert.setTimestamp(7, seen);
            insert.executeUpdate();
        }
    }
}
