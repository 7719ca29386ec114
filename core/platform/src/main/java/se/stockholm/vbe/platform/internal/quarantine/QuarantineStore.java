package se.stockholm.vbe.platform.internal.quarantine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.stockholm.vbe.api.committee.CommitteeQuarantine;
import se.stockholm.vbe.platform.internal.db.Database;

/**
 * The committees in quarantine, in the table {@code committee_quarantine} (migration 9). No cache: every node and
 * every restart sees the same quarantines, and a grant check on any node fails closed the moment one is recorded.
 */
@Component(service = QuarantineStore.class)
public final class QuarantineStore {

    private static final String COLUMNS = "committee_id, reason, since, quarantined_by";

    private final Database database;

    @Activate
    public QuarantineStore(@Reference Database database) {
        this.database = database;
    }

    /**
     * The committee's quarantine, if it is in one.
     *
     * @throws se.stockholm.vbe.api.UnavailableException if the database cannot say
     */
    public Optional<CommitteeQuarantine> find(String committeeId) {
        return database.read(connection -> find(connection, committeeId));
    }

    /** Every committee in quarantine, ordered by id. */
    public List<CommitteeQuarantine> all() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM committee_quarantine ORDER BY committee_id")) {
                return rows(query);
            }
        });
    }

    static Optional<CommitteeQuarantine> find(Connection connection, String committeeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM committee_quarantine WHERE committee_id = ?")) {
            query.setString(1, committeeId);
            return rows(query).stream().findFirst();
        }
    }

    static void insert(Connection connection, CommitteeQuarantine quarantine) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO committee_quarantine (" + COLUMNS
                + ") VALUES (?, ?, ?, ?)")) {
            insert.setString(1, quarantine.committeeId());
            insert.setString(2, quarantine.reason());
            insert.setTimestamp(3, Timestamp.from(quarantine.since()));
            insert.setString(4, quarantine.by());
            insert.executeUpdate();
        }
    }

    static boolean delete(Connection connection, String committeeId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM committee_quarantine WHERE committee_id = ?")) {
            delete.setString(1, committeeId);
            return delete.executeUpdate() == 1;
        }
    }

    private static List<CommitteeQuarantine> rows(PreparedStatement query) throws SQLException {
        List<CommitteeQuarantine> quarantines = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                quarantines.add(new CommitteeQuarantine(rows.getString(1), rows.getString(2),
                        rows.getTimestamp(3).toInstant(), rows.getString(4)));
            }
        }
        return quarantines;
    }
}
