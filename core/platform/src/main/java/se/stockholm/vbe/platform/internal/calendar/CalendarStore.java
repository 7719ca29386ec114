package se.stockholm.vbe.platform.internal.calendar;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.stockholm.vbe.api.calendar.DatedGrantWindow;
import se.stockholm.vbe.api.calendar.Deadline;

/**
 * The coordinator's deadlines ({@code calendar_deadline}) and the editors' grant windows
 * ({@code calendar_grant_window}), migration 15. No cache: every node reads the same rows.
 */
final class CalendarStore {

    private static final String DEADLINE_COLUMNS = "deadline, due_on, revision, modified_at, changed_at, changed_by";
    private static final String WINDOW_COLUMNS = "committee_id, position, title, opens_on, closes_on, revision, "
            + "modified_at, changed_at, changed_by";

    /** A deadline as set: its date, how often and when that date last changed, and the write that set it. */
    record StoredDeadline(Deadline deadline, LocalDate date, int revision, Instant modifiedAt, Instant changedAt,
            String changedBy) {
    }

    /** A grant window as set, at its position (from 1) in the committee's year. */
    record StoredWindow(String committeeId, int position, DatedGrantWindow window, int revision, Instant modifiedAt,
            Instant changedAt, String changedBy) {
    }

    private CalendarStore() {
    }

    /** The deadlines the coordinator set for a year; empty while none. */
    static Map<Deadline, StoredDeadline> deadlines(Connection connection, int year) throws SQLException {
        Map<Deadline, StoredDeadline> deadlines = new EnumMap<>(Deadline.class);
        try (PreparedStatement query = connection.prepareStatement("SELECT " + DEADLINE_COLUMNS
                + " FROM calendar_deadline WHERE plan_year = ?")) {
            query.setInt(1, year);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Deadline deadline = Deadline.valueOf(rows.getString(1));
                    deadlines.put(deadline, new StoredDeadline(deadline, rows.getDate(2).toLocalDate(),
                            rows.getInt(3), instant(rows.getTimestamp(4)), rows.getTimestamp(5).toInstant(),
                            rows.getString(6)));
                }
            }
        }
        return deadlines;
    }

    /** Replaces the deadlines of a year. */
    static void replaceDeadlines(Connection connection, int year, List<StoredDeadline> deadlines)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM calendar_deadline WHERE plan_year = ?")) {
            delete.setInt(1, year);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO calendar_deadline (plan_year, "
                + DEADLINE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredDeadline deadline : deadlines) {
                insert.setInt(1, year);
                insert.setString(2, deadline.deadline().name());
                insert.setDate(3, Date.valueOf(deadline.date()));
                insert.setInt(4, deadline.revision());
                timestamp(insert, 5, deadline.modifiedAt());
                insert.setTimestamp(6, Timestamp.from(deadline.changedAt()));
                insert.setString(7, deadline.changedBy());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The windows editors set for a year, per committee id, each committee's in position order. */
    static Map<String, List<StoredWindow>> windows(Connection connection, int year) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + WINDOW_COLUMNS
                + " FROM calendar_grant_window WHERE plan_year = ? ORDER BY committee_id, position")) {
            query.setInt(1, year);
            return windows(query);
        }
    }

    /** The windows an editor set for one committee's year, in position order; empty while none. */
    static List<StoredWindow> windows(Connection connection, String committeeId, int year) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + WINDOW_COLUMNS
                + " FROM calendar_grant_window WHERE plan_year = ? AND committee_id = ? ORDER BY position")) {
            query.setInt(1, year);
            query.setString(2, committeeId);
            return windows(query).getOrDefault(committeeId, List.of());
        }
    }

    /** Replaces one committee's windows of a year (none: the bundle's windows apply again). */
    static void replaceWindows(Connection connection, String committeeId, int year, List<StoredWindow> windows)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM calendar_grant_window WHERE committee_id = ? AND plan_year = ?")) {
            delete.setString(1, committeeId);
            delete.setInt(2, year);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO calendar_grant_window (plan_year, "
                + WINDOW_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredWindow window : windows) {
                insert.setInt(1, year);
                insert.setString(2, committeeId);
                insert.setInt(3, window.position());
                insert.setString(4, window.window().title());
                insert.setDate(5, Date.valueOf(window.window().opens()));
                insert.setDate(6, Date.valueOf(window.window().closes()));
                insert.setInt(7, window.revision());
                timestamp(insert, 8, window.modifiedAt());
                insert.setTimestamp(9, Timestamp.from(window.changedAt()));
                insert.setString(10, window.changedBy());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Map<String, List<StoredWindow>> windows(PreparedStatement query) throws SQLException {
        Map<String, List<StoredWindow>> windows = new LinkedHashMap<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String committeeId = rows.getString(1);
                windows.computeIfAbsent(committeeId, c -> new ArrayList<>()).add(new StoredWindow(committeeId,
                        rows.getInt(2), new DatedGrantWindow(rows.getString(3), rows.getDate(4).toLocalDate(),
                                rows.getDate(5).toLocalDate()), rows.getInt(6), instant(rows.getTimestamp(7)),
                        rows.getTimestamp(8).toInstant(), rows.getString(9)));
            }
        }
        return windows;
    }

    private static void timestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(value));
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
