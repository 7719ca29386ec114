package se.stockholm.vbe.platform.internal.calendar;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.stockholm.vbe.api.calendar.DatedGrantWindow;
import se.stockholm.vbe.api.calendar.Deadline;

/**
 * The coordinator's deadlines ({@code calendar_deadline}), the editors' grant windows ({@code calendar_grant_window})
 * and what the feeds last served ({@code calendar_event}), migration 15. No cache: every node reads the same rows.
 */
final class CalendarStore {

    private static final String DEADLINE_COLUMNS = "deadline, due_on, changed_at, changed_by";
    private static final String WINDOW_COLUMNS = "committee_id, position, title, opens_on, closes_on, changed_at, "
            + "changed_by";
    private static final String EVENT_COLUMNS = "uid, plan_year, first_day, last_day, summary, revision, modified_at";

    /** A deadline as set: its date and the write that set it ({@code null} for a default). */
    record StoredDeadline(Deadline deadline, LocalDate date, Instant changedAt, String changedBy) {
    }

    /** A grant window as set, at its position (from 1) in the committee's year ({@code null}s: the bundle's). */
    record StoredWindow(String committeeId, int position, DatedGrantWindow window, Instant changedAt,
            String changedBy) {
    }

    /** What a feed last served under a UID: its days and summary, their revision and when they last changed. */
    record ServedEvent(String uid, int year, LocalDate first, LocalDate last, String summary, int revision,
            Instant modifiedAt) {
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
                            rows.getTimestamp(3).toInstant(), rows.getString(4)));
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
                + DEADLINE_COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
            for (StoredDeadline deadline : deadlines) {
                insert.setInt(1, year);
                insert.setString(2, deadline.deadline().name());
                insert.setDate(3, Date.valueOf(deadline.date()));
                insert.setTimestamp(4, Timestamp.from(deadline.changedAt()));
                insert.setString(5, deadline.changedBy());
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
                + WINDOW_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredWindow window : windows) {
                insert.setInt(1, year);
                insert.setString(2, committeeId);
                insert.setInt(3, window.position());
                insert.setString(4, window.window().title());
                insert.setDate(5, Date.valueOf(window.window().opens()));
                insert.setDate(6, Date.valueOf(window.window().closes()));
                insert.setTimestamp(7, Timestamp.from(window.changedAt()));
                insert.setString(8, window.changedBy());
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
                                rows.getDate(5).toLocalDate()), rows.getTimestamp(6).toInstant(), rows.getString(7)));
            }
        }
        return windows;
    }

    /** What the feeds last served of the events of some plan years, by UID. */
    static Map<String, ServedEvent> served(Connection connection, List<Integer> years) throws SQLException {
        Map<String, ServedEvent> served = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + EVENT_COLUMNS
                + " FROM calendar_event WHERE plan_year = ?")) {
            for (int year : years) {
                query.setInt(1, year);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        served.put(rows.getString(1), new ServedEvent(rows.getString(1), rows.getInt(2),
                                rows.getDate(3).toLocalDate(), rows.getDate(4).toLocalDate(), rows.getString(5),
                                rows.getInt(6), rows.getTimestamp(7).toInstant()));
                    }
                }
            }
        }
        return served;
    }

    /** Records an event served for the first time. */
    static void insertServed(Connection connection, ServedEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO calendar_event (" + EVENT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, event.uid());
            insert.setInt(2, event.year());
            insert.setDate(3, Date.valueOf(event.first()));
            insert.setDate(4, Date.valueOf(event.last()));
            insert.setString(5, event.summary());
            insert.setInt(6, event.revision());
            insert.setTimestamp(7, Timestamp.from(event.modifiedAt()));
            insert.executeUpdate();
        }
    }

    /** Records an event served again with other days or summary. */
    static void updateServed(Connection connection, ServedEvent event) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE calendar_event SET first_day = ?, "
                + "last_day = ?, summary = ?, revision = ?, modified_at = ? WHERE uid = ?")) {
            update.setDate(1, Date.valueOf(event.first()));
            update.setDate(2, Date.valueOf(event.last()));
            update.setString(3, event.summary());
            update.setInt(4, event.revision());
            update.setTimestamp(5, Timestamp.from(event.modifiedAt()));
            update.setString(6, event.uid());
            update.executeUpdate();
        }
    }
}
