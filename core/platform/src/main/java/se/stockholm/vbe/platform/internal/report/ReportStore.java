package se.stockholm.vbe.platform.internal.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.IncidentType;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlaceType;
import se.stockholm.vbe.api.report.IncidentReport;
import se.stockholm.vbe.api.report.ReportAction;
import se.stockholm.vbe.api.report.ReportForm;
import se.stockholm.vbe.api.report.ReportStatus;
import se.stockholm.vbe.platform.internal.db.GeneratedId;

/**
 * The reports in {@code incident_report} (migration 13). Months are stored as {@code YYYY-MM}, so a year's
 * reports are those whose month starts with it; actions one code a line.
 */
public final class ReportStore {

    private static final String COLUMNS = "id, committee_id, report_month, environment, incident_type, place_type, "
            + "source, actions, description, submitted_at, submitted_by, status, reviewed_at, reviewed_by, reason, "
            + "duplicate_of, taken_over_into";

    private ReportStore() {
    }

    /** Inserts a submitted report; returns its number. */
    static long insert(Connection connection, String committeeId, ReportForm form, Instant at, String by)
            throws SQLException {
        try (PreparedStatement insert = GeneratedId.prepare(connection, "INSERT INTO incident_report (committee_id, "
                + "report_month, environment, incident_type, place_type, source, actions, description, submitted_at, "
                + "submitted_by, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, committeeId);
            insert.setString(2, form.month().toString());
            insert.setString(3, form.environment().name());
            insert.setString(4, form.type().name());
            insert.setString(5, form.placeType().name());
            insert.setString(6, form.source().name());
            insert.setString(7, String.join("\n", form.actions().stream().map(Enum::name).toList()));
            insert.setString(8, form.description());
            insert.setTimestamp(9, Timestamp.from(at));
            insert.setString(10, by);
            insert.setString(11, ReportStatus.SUBMITTED.name());
            return GeneratedId.insert(insert);
        }
    }

    static Optional<IncidentReport> report(Connection connection, String committeeId, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM incident_report WHERE committee_id = ? AND id = ?")) {
            query.setString(1, committeeId);
            query.setLong(2, id);
            return rows(query).stream().findFirst();
        }
    }

    /** Up to {@code limit} of the committee's reports, newest first, numbered below {@code before} if given. */
    static List<IncidentReport> page(Connection connection, String committeeId, Long before, int limit)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM incident_report WHERE committee_id = ? AND id < ? ORDER BY id DESC")) {
            query.setString(1, committeeId);
            query.setLong(2, before == null ? Long.MAX_VALUE : before);
            query.setMaxRows(limit);
            return rows(query);
        }
    }

    /** Records a review of a submitted report; false if it is no longer submitted. */
    static boolean review(Connection connection, long id, ReportStatus status, Instant at, String by, String reason,
            Long duplicateOf) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE incident_report SET status = ?, "
                + "reviewed_at = ?, reviewed_by = ?, reason = ?, duplicate_of = ? WHERE id = ? AND status = ?")) {
            update.setString(1, status.name());
            update.setTimestamp(2, Timestamp.from(at));
            update.setString(3, by);
            update.setString(4, reason);
            if (duplicateOf == null) {
                update.setNull(5, Types.BIGINT);
            } else {
                update.setLong(5, duplicateOf);
            }
            update.setLong(6, id);
            update.setString(7, ReportStatus.SUBMITTED.name());
            return update.executeUpdate() == 1;
        }
    }

    /** The committee's accepted reports of a year; with {@code notTakenOver} only those no plan counts yet. */
    static List<IncidentReport> accepted(Connection connection, String committeeId, int year, boolean notTakenOver)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM incident_report "
                + "WHERE committee_id = ? AND status = ? AND report_month LIKE ?"
                + (notTakenOver ? " AND taken_over_into IS NULL" : "") + " ORDER BY id")) {
            query.setString(1, committeeId);
            query.setString(2, ReportStatus.ACCEPTED.name());
            query.setString(3, year + "-%");
            return rows(query);
        }
    }

    /** Marks a report as counted in the plan of {@code year}; false if it already was. */
    static boolean takenOver(Connection connection, long id, int year) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE incident_report SET taken_over_into = ? "
                + "WHERE id = ? AND taken_over_into IS NULL")) {
            update.setInt(1, year);
            update.setLong(2, id);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Every committee's accepted reports of a year as counts per committee, with nothing of who reported: what
     * the city-wide summary adds up.
     */
    public static Map<String, List<IncidentReport>> acceptedOfYear(Connection connection, int year)
            throws SQLException {
        Map<String, List<IncidentReport>> perCommittee = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM incident_report "
                + "WHERE status = ? AND report_month LIKE ? ORDER BY id")) {
            query.setString(1, ReportStatus.ACCEPTED.name());
            query.setString(2, year + "-%");
            for (IncidentReport report : rows(query)) {
                perCommittee.computeIfAbsent(report.committeeId(), c -> new ArrayList<>())
                        .add(report.withoutReporter());
            }
        }
        return perCommittee;
    }

    /**
     * How many reports each committee received for the months of a year that count: submitted or accepted, not a
     * rejected report or a duplicate (one report that is then rejected does not make a lägesbild).
     */
    public static Map<String, Integer> receivedInYear(Connection connection, int year) throws SQLException {
        Map<String, Integer> received = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT committee_id, COUNT(*) FROM "
                + "incident_report WHERE report_month LIKE ? AND status IN (?, ?) GROUP BY committee_id")) {
            query.setString(1, year + "-%");
            query.setString(2, ReportStatus.SUBMITTED.name());
            query.setString(3, ReportStatus.ACCEPTED.name());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    received.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return received;
    }

    private static List<IncidentReport> rows(PreparedStatement query) throws SQLException {
        List<IncidentReport> reports = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Timestamp reviewedAt = rows.getTimestamp(13);
                long duplicateOf = rows.getLong(16);
                boolean noDuplicate = rows.wasNull();
                int takenOver = rows.getInt(17);
                boolean notTakenOver = rows.wasNull();
                reports.add(new IncidentReport(rows.getLong(1), rows.getString(2),
                        YearMonth.parse(rows.getString(3).strip()), Environment.valueOf(rows.getString(4)),
                        IncidentType.valueOf(rows.getString(5)), PlaceType.valueOf(rows.getString(6)),
                        InformationSource.valueOf(rows.getString(7)),
                        Arrays.stream(rows.getString(8).split("\n")).map(ReportAction::valueOf).toList(),
                        rows.getString(9), rows.getTimestamp(10).toInstant(), rows.getString(11),
                        ReportStatus.valueOf(rows.getString(12)), reviewedAt == null ? null : reviewedAt.toInstant(),
                        rows.getString(14), rows.getString(15), noDuplicate ? null : duplicateOf,
                        notTakenOver ? null : takenOver));
            }
        }
        return reports;
    }
}
