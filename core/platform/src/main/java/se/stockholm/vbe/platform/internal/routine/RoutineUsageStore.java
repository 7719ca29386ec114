package se.stockholm.vbe.platform.internal.routine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.stockholm.vbe.api.routine.RoutineUsage;

/**
 * The routine's use counts in {@code routine_usage} (migration 11): one row per committee and month, no case.
 */
final class RoutineUsageStore {

    /** The key of the uses that named no committee. */
    private static final String NO_COMMITTEE = "";

    private RoutineUsageStore() {
    }

    /**
     * Counts one use: an update, or the month's first row. When two nodes insert the same first row at once, one
     * collides (the database refuses it as a conflict) and its caller counts again, which then updates.
     */
    static void count(Connection connection, String committeeId, YearMonth month) throws SQLException {
        String key = committeeId == null ? NO_COMMITTEE : committeeId;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE routine_usage SET uses = uses + 1 WHERE committee_id = ? AND usage_month = ?")) {
            update.setString(1, key);
            update.setString(2, month.toString());
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO routine_usage (committee_id, usage_month, uses) VALUES (?, ?, 1)")) {
            insert.setString(1, key);
            insert.setString(2, month.toString());
            insert.executeUpdate();
        }
    }

    /** Every count, newest month first, then by committee (none first). */
    static List<RoutineUsage> all(Connection connection) throws SQLException {
        List<RoutineUsage> usage = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT committee_id, usage_month, uses "
                + "FROM routine_usage ORDER BY usage_month DESC, committee_id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String committeeId = rows.getString(1);
                usage.add(new RoutineUsage(NO_COMMITTEE.equals(committeeId) ? null : committeeId,
                        YearMonth.parse(rows.getString(2).strip()), rows.getLong(3)));
            }
        }
        return usage;
    }
}
