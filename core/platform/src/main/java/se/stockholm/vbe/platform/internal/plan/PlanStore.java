package se.stockholm.vbe.platform.internal.plan;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.Contributor;
import se.stockholm.vbe.api.plan.DecisionRecord;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.FollowUp;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.FollowUpReport;
import se.stockholm.vbe.api.plan.FollowUpStatus;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.IncidentType;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlaceType;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.PlanVersion;
import se.stockholm.vbe.api.plan.Schedule;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.api.plan.Tertial;
import se.stockholm.vbe.json.VbeJson;
import se.stockholm.vbe.platform.internal.db.GeneratedId;

/**
 * The plans' SQL, on a connection the caller owns (and commits). Reads of a whole year take a fixed
 * number of queries, whatever the number of committees and activities.
 */
final class PlanStore {

    private static final String PLAN_COLUMNS =
            "committee_id, plan_year, status, version, coordinator_role, next_revision, updated_at, updated_by";
    private static final String PLAN_HEAD_COLUMNS = PLAN_COLUMNS + ", revised_from";
    private static final String ACTIVITY_COLUMNS = "id, committee_id, plan_year, title, description, area, "
            + "responsible, partners, schedule_start, schedule_end, ongoing, frequency, follow_up_in, "
            + "follow_up_system, template_id, predecessor_id, previous_outcome";
    private static final String LIST_SEPARATOR = "\n";
    private static final ObjectMapper JSON = VbeJson.mapper();
    private static final TypeReference<List<FollowUp>> OUTCOME = new TypeReference<>() { };
    private static final String ROW_COLUMNS = "committee_id, plan_year, status, version, updated_at, updated_by, "
            + "revision_from, revision_started_at, revision_started_by";
    private static final String VERSION_COLUMNS = "committee_id, number, status, decided_at, decided_by, "
            + "meeting_date, diary_number, paragraph";

    Optional<PlanRow> row(Connection connection, String committeeId, int year) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ROW_COLUMNS
                + " FROM action_plan WHERE committee_id = ? AND plan_year = ?")) {
            query.setString(1, committeeId);
            query.setInt(2, year);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(planRow(rows)) : Optional.empty();
            }
        }
    }

    List<PlanRow> rows(Connection connection, String committeeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ROW_COLUMNS
                + " FROM action_plan WHERE committee_id = ? ORDER BY plan_year DESC")) {
            query.setString(1, committeeId);
            return planRows(query);
        }
    }

    /** The plans of a year that are under revision. */
    List<PlanRow> rowsUnderRevision(Connection connection, int year) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ROW_COLUMNS + " FROM action_plan "
                + "WHERE plan_year = ? AND revision_from IS NOT NULL ORDER BY committee_id")) {
            query.setInt(1, year);
            return planRows(query).stream().filter(PlanRow::underRevision).toList();
        }
    }

    private static List<PlanRow> planRows(PreparedStatement query) throws SQLException {
        List<PlanRow> result = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                result.add(planRow(rows));
            }
        }
        return result;
    }

    private static PlanRow planRow(ResultSet rows) throws SQLException {
        String from = rows.getString(7);
        Timestamp since = rows.getTimestamp(8);
        return new PlanRow(rows.getString(1), rows.getInt(2), PlanStatus.valueOf(rows.getString(3)), rows.getLong(4),
                rows.getTimestamp(5).toInstant(), rows.getString(6), from == null ? null : PlanStatus.valueOf(from),
                since == null ? null : since.toInstant(), rows.getString(9));
    }

    /** Marks a decided plan as taken back to draft ({@code from} its decided status), or clears the mark. */
    void markRevision(Connection connection, String committeeId, int year, PlanStatus from, String actor,
            Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE action_plan SET revision_from = ?, "
                + "revision_started_at = ?, revision_started_by = ? WHERE committee_id = ? AND plan_year = ?")) {
            setNullable(update, 1, from == null ? null : from.name());
            if (from == null) {
                update.setNull(2, Types.TIMESTAMP);
            } else {
                update.setTimestamp(2, Timestamp.from(now));
            }
            setNullable(update, 3, from == null ? null : actor);
            update.setString(4, committeeId);
            update.setInt(5, year);
            update.executeUpdate();
        }
    }

    /** One plan with everything in it. */
    Optional<ActionPlan> plan(Connection connection, String committeeId, int year) throws SQLException {
        List<ActionPlan> plans = load(connection, " WHERE committee_id = ? AND plan_year = ?", committeeId, year);
        return plans.isEmpty() ? Optional.empty() : Optional.of(plans.get(0));
    }

    /** Every committee's plan for a year, ordered by committee. */
    List<ActionPlan> plansOfYear(Connection connection, int year) throws SQLException {
        return load(connection, " WHERE plan_year = ?", null, year);
    }

    private List<ActionPlan> load(Connection connection, String where, String committeeId, int year)
            throws SQLException {
        Map<String, PlanHead> heads = new LinkedHashMap<>();
        try (PreparedStatement query = prepare(connection,
                "SELECT " + PLAN_HEAD_COLUMNS + " FROM action_plan" + where + " ORDER BY committee_id", committeeId, year);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                heads.put(rows.getString(1), new PlanHead(rows));
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement query = prepare(connection, "SELECT committee_id, title, body, classification, "
                + "legal_ground FROM situation_section"
                + where + " ORDER BY committee_id, position", committeeId, year);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                heads.get(rows.getString(1)).sections.add(new Section(rows.getString(2), rows.getString(3),
                        Classification.valueOf(rows.getString(4)), rows.getString(5)));
            }
        }
        try (PreparedStatement query = prepare(connection, "SELECT committee_id, environment, incident_type, "
                + "source, tertial, place_type, incidents, classification, legal_ground FROM incident_count" + where
                + " ORDER BY committee_id, position", committeeId, year);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String tertial = rows.getString(5);
                heads.get(rows.getString(1)).incidents.add(new IncidentCount(Environment.valueOf(rows.getString(2)),
                        IncidentType.valueOf(rows.getString(3)), InformationSource.valueOf(rows.getString(4)),
                        tertial == null ? null : Tertial.valueOf(tertial), PlaceType.valueOf(rows.getString(6)),
                        rows.getInt(7), Classification.valueOf(rows.getString(8)), rows.getString(9)));
            }
        }
        try (PreparedStatement query = prepare(connection, "SELECT committee_id, from_committee, from_name, tertial "
                + "FROM contribution" + where + " AND taken_in_at IS NOT NULL ORDER BY committee_id, from_name, "
                + "from_committee", committeeId, year);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                PlanHead head = heads.get(rows.getString(1));
                if (head != null) {
                    head.contributor(rows.getString(2), rows.getString(3), Tertial.valueOf(rows.getString(4)));
                }
            }
        }
        Map<Long, List<FollowUp>> followUps = currentFollowUps(connection, where, committeeId, year);
        try (PreparedStatement query = prepare(connection, "SELECT " + ACTIVITY_COLUMNS + " FROM activity" + where
                + " ORDER BY committee_id, position", committeeId, year);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                heads.get(rows.getString(2)).activities.add(activity(rows, followUps.getOrDefault(id, List.of())));
            }
        }
        return heads.values().stream().map(PlanHead::toPlan).collect(Collectors.toList());
    }

    /**
     * The current (newest) report of each activity and period of the plans the condition selects, per
     * activity in the order of the periods' names.
     */
    private static Map<Long, List<FollowUp>> currentFollowUps(Connection connection, String where,
            String committeeId, int year) throws SQLException {
        Map<Long, Map<FollowUpPeriod, FollowUp>> newest = new HashMap<>();
        try (PreparedStatement query = prepare(connection, "SELECT activity_id, period, status, comment, recorded_by, "
                + "recorded_at FROM follow_up_report" + where + " ORDER BY activity_id, period, id", committeeId, year);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                FollowUp report = followUp(rows, 2);
                newest.computeIfAbsent(rows.getLong(1), id -> new LinkedHashMap<>()).put(report.period(), report);
            }
        }
        Map<Long, List<FollowUp>> result = new HashMap<>();
        newest.forEach((id, byPeriod) -> result.put(id, List.copyOf(byPeriod.values())));
        return result;
    }

    /** The current follow-ups of one plan's activities, including activities a later draft removed. */
    Map<Long, List<FollowUp>> currentFollowUps(Connection connection, String committeeId, int year)
            throws SQLException {
        return currentFollowUps(connection, " WHERE committee_id = ? AND plan_year = ?", committeeId, year);
    }

    /** Every report of an activity in a period, oldest first. */
    List<FollowUp> followUpHistory(Connection connection, String committeeId, int year, long activityId,
            FollowUpPeriod period) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT period, status, comment, recorded_by, "
                + "recorded_at FROM follow_up_report WHERE committee_id = ? AND plan_year = ? AND activity_id = ? "
                + "AND period = ? ORDER BY id")) {
            query.setString(1, committeeId);
            query.setInt(2, year);
            query.setLong(3, activityId);
            query.setString(4, period.name());
            List<FollowUp> reports = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reports.add(followUp(rows, 1));
                }
            }
            return reports;
        }
    }

    private static FollowUp followUp(ResultSet rows, int first) throws SQLException {
        return new FollowUp(FollowUpPeriod.valueOf(rows.getString(first)), FollowUpStatus.valueOf(rows.getString(first + 1)),
                rows.getString(first + 2), rows.getString(first + 3), rows.getTimestamp(first + 4).toInstant());
    }

    private static PreparedStatement prepare(Connection connection, String sql, String committeeId, int year)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        if (committeeId != null) {
            statement.setString(index++, committeeId);
        }
        statement.setInt(index, year);
        return statement;
    }

    private static Activity activity(ResultSet rows, List<FollowUp> followUps) throws SQLException {
        String start = rows.getString(9);
        String end = rows.getString(10);
        Schedule schedule = rows.getBoolean(11) ? Schedule.continuous()
                : Schedule.between(YearMonth.parse(start), YearMonth.parse(end));
        List<FollowUpPeriod> periods = Arrays.stream(rows.getString(13).split(","))
                .map(FollowUpPeriod::valueOf).collect(Collectors.toList());
        Long predecessor = rows.getObject(16) == null ? null : rows.getLong(16);
        return new Activity(rows.getLong(1), rows.getString(4), rows.getString(5), Area.valueOf(rows.getString(6)),
                split(rows.getString(7)), split(rows.getString(8)), schedule, rows.getString(12), periods,
                rows.getString(14), rows.getString(15), followUps, predecessor, outcome(rows.getString(17)));
    }

    /** Inserts a new plan at version 1 with its content. */
    void insert(Connection connection, String committeeId, int year, PlanStatus status, PlanDocument document,
            String actor, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO action_plan (" + PLAN_COLUMNS
                + ") VALUES (?, ?, ?, 1, ?, ?, ?, ?)")) {
            insert.setString(1, committeeId);
            insert.setInt(2, year);
            insert.setString(3, status.name());
            insert.setString(4, document.coordinatorRole());
            insert.setString(5, document.nextRevision());
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setString(7, actor);
            insert.executeUpdate();
        }
        writeSituation(connection, committeeId, year, document.situationPicture());
        List<Activity> activities = document.activities();
        for (int i = 0; i < activities.size(); i++) {
            insertActivity(connection, committeeId, year, i, activities.get(i));
        }
    }

    /**
     * Moves a plan to the next version if it is still at {@code expectedVersion} (any version when
     * negative), recording who changed it. Locks the plan's row until the transaction ends.
     *
     * @return whether the plan was at the expected version
     */
    boolean bump(Connection connection, String committeeId, int year, long expectedVersion, String actor,
            Instant now) throws SQLException {
        String sql = "UPDATE action_plan SET version = version + 1, updated_at = ?, updated_by = ? "
                + "WHERE committee_id = ? AND plan_year = ?" + (expectedVersion >= 0 ? " AND version = ?" : "");
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, actor);
            update.setString(3, committeeId);
            update.setInt(4, year);
            if (expectedVersion >= 0) {
                update.setLong(5, expectedVersion);
            }
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Links a plan made by a yearly revision to the year it was made from, and its activities, in order, to the
     * activities they were carried over from, keeping each one's current follow-ups as its previous outcome.
     */
    void linkRevision(Connection connection, String committeeId, int year, int from, List<Activity> predecessors)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE action_plan SET revised_from = ? WHERE committee_id = ? AND plan_year = ?")) {
            update.setInt(1, from);
            update.setString(2, committeeId);
            update.setInt(3, year);
            update.executeUpdate();
        }
        List<Long> ids = activityIds(connection, committeeId, year);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE activity SET predecessor_id = ?, previous_outcome = ? WHERE id = ?")) {
            for (int i = 0; i < ids.size(); i++) {
                update.setLong(1, predecessors.get(i).id());
                update.setString(2, outcome(predecessors.get(i).followUps()));
                update.setLong(3, ids.get(i));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    void setStatus(Connection connection, String committeeId, int year, PlanStatus status) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE action_plan SET status = ? WHERE committee_id = ? AND plan_year = ?")) {
            update.setString(1, status.name());
            update.setString(2, committeeId);
            update.setInt(3, year);
            update.executeUpdate();
        }
    }

    /**
     * Replaces a plan's content. Activities whose id is already in the plan are updated in place and keep
     * their follow-ups; the others are inserted; activities left out are deleted with their follow-ups.
     */
    void replace(Connection connection, String committeeId, int year, PlanDocument document) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE action_plan SET coordinator_role = ?, "
                + "next_revision = ? WHERE committee_id = ? AND plan_year = ?")) {
            update.setString(1, document.coordinatorRole());
            update.setString(2, document.nextRevision());
            update.setString(3, committeeId);
            update.setInt(4, year);
            update.executeUpdate();
        }
        replaceSituation(connection, committeeId, year, document.situationPicture());
        List<Long> existing = activityIds(connection, committeeId, year);
        List<Long> kept = new ArrayList<>();
        List<Activity> activities = document.activities();
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            if (activity.id() != null && existing.contains(activity.id()) && !kept.contains(activity.id())) {
                updateActivity(connection, activity.id(), i, activity);
                kept.add(activity.id());
            } else {
                insertActivity(connection, committeeId, year, i, activity);
            }
        }
        for (Long id : existing) {
            if (!kept.contains(id)) {
                deleteActivity(connection, id);
            }
        }
    }

    /** Replaces a plan's sections and counts (its contributors are the contributions taken in, not written here). */
    void replaceSituation(Connection connection, String committeeId, int year, SituationPicture picture)
            throws SQLException {
        for (String table : List.of("situation_section", "incident_count")) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE committee_id = ? AND plan_year = ?")) {
                delete.setString(1, committeeId);
                delete.setInt(2, year);
                delete.executeUpdate();
            }
        }
        writeSituation(connection, committeeId, year, picture);
    }

    List<Long> activityIds(Connection connection, String committeeId, int year) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM activity WHERE committee_id = ? AND plan_year = ? ORDER BY position")) {
            query.setString(1, committeeId);
            query.setInt(2, year);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    long insertActivity(Connection connection, String committeeId, int year, int position, Activity activity)
            throws SQLException {
        try (PreparedStatement insert = GeneratedId.prepare(connection, "INSERT INTO activity ("
                + "committee_id, plan_year, position, title, description, area, responsible, partners, schedule_start, "
                + "schedule_end, ongoing, frequency, follow_up_in, follow_up_system, template_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, committeeId);
            insert.setInt(2, year);
            insert.setInt(3, position);
            setContent(insert, 4, activity);
            return GeneratedId.insert(insert);
        }
    }

    void updateActivity(Connection connection, long id, int position, Activity activity) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE activity SET title = ?, description = ?, "
                + "area = ?, responsible = ?, partners = ?, schedule_start = ?, schedule_end = ?, ongoing = ?, "
                + "frequency = ?, follow_up_in = ?, follow_up_system = ?, template_id = ?, position = ? "
                + "WHERE id = ?")) {
            setContent(update, 1, activity);
            update.setInt(13, position);
            update.setLong(14, id);
            update.executeUpdate();
        }
    }

    /** The periods an activity of the plan is followed up in; empty if the plan has no such activity. */
    Optional<List<FollowUpPeriod>> followUpPeriods(Connection connection, String committeeId, int year,
            long activityId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT follow_up_in FROM activity WHERE id = ? AND committee_id = ? AND plan_year = ?")) {
            query.setLong(1, activityId);
            query.setString(2, committeeId);
            query.setInt(3, year);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(Arrays.stream(rows.getString(1).split(","))
                        .map(FollowUpPeriod::valueOf).collect(Collectors.toList())) : Optional.empty();
            }
        }
    }

    /** The position an activity has, to keep it when the activity is replaced. */
    int position(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT position FROM activity WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    int nextPosition(Connection connection, String committeeId, int year) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT MAX(position) FROM activity WHERE committee_id = ? AND plan_year = ?")) {
            query.setString(1, committeeId);
            query.setInt(2, year);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                int max = rows.getInt(1);
                return rows.wasNull() ? 0 : max + 1;
            }
        }
    }

    void deleteActivity(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM activity WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** Adds a report to the activity's history in the period; it becomes the current one. */
    void saveFollowUp(Connection connection, String committeeId, int year, long activityId, FollowUpPeriod period,
            FollowUpReport report, String actor, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO follow_up_report (committee_id, "
                + "plan_year, activity_id, period, status, comment, recorded_by, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, committeeId);
            insert.setInt(2, year);
            insert.setLong(3, activityId);
            insert.setString(4, period.name());
            insert.setString(5, report.status().name());
            insert.setString(6, report.comment());
            insert.setString(7, actor);
            insert.setTimestamp(8, Timestamp.from(now));
            insert.executeUpdate();
        }
    }

    void insertVersion(Connection connection, String committeeId, int year, PlanStatus status,
            DecisionRecord decision, String actor, Instant now, String snapshot) throws SQLException {
        int number;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT MAX(number) FROM plan_version WHERE committee_id = ? AND plan_year = ?")) {
            query.setString(1, committeeId);
            query.setInt(2, year);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                number = rows.getInt(1) + 1;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO plan_version (committee_id, "
                + "plan_year, number, status, decided_at, decided_by, document, meeting_date, diary_number, paragraph) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, committeeId);
            insert.setInt(2, year);
            insert.setInt(3, number);
            insert.setString(4, status.name());
            insert.setTimestamp(5, Timestamp.from(now));
            insert.setString(6, actor);
            insert.setString(7, snapshot);
            if (decision.meetingDate() == null) {
                insert.setNull(8, Types.DATE);
            } else {
                insert.setDate(8, Date.valueOf(decision.meetingDate()));
            }
            setNullable(insert, 9, decision.diaryNumber());
            setNullable(insert, 10, decision.paragraph());
            insert.executeUpdate();
        }
    }

    /** The decisions on a plan, oldest first, each with its snapshot as JSON when {@code number} is given. */
    List<StoredVersion> versions(Connection connection, String committeeId, int year, Integer number)
            throws SQLException {
        String sql = "SELECT " + VERSION_COLUMNS + (number != null ? ", document, unmarked_classification" : "")
                + " FROM plan_version WHERE committee_id = ? AND plan_year = ?"
                + (number != null ? " AND number = ?" : "") + " ORDER BY number";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, committeeId);
            query.setInt(2, year);
            if (number != null) {
                query.setInt(3, number);
            }
            List<StoredVersion> versions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(new StoredVersion(version(rows), number != null ? rows.getString(9) : null,
                            number != null ? Classification.valueOf(rows.getString(10)) : null));
                }
            }
            return versions;
        }
    }

    /** The newest decision on a plan with its snapshot as JSON. */
    Optional<StoredVersion> latestVersion(Connection connection, String committeeId, int year) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + VERSION_COLUMNS + ", document, "
                + "unmarked_classification FROM plan_version WHERE committee_id = ? AND plan_year = ? AND number = (SELECT MAX(number) "
                + "FROM plan_version WHERE committee_id = ? AND plan_year = ?)")) {
            query.setString(1, committeeId);
            query.setInt(2, year);
            query.setString(3, committeeId);
            query.setInt(4, year);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new StoredVersion(version(rows), rows.getString(9),
                        Classification.valueOf(rows.getString(10)))) : Optional.empty();
            }
        }
    }

    /** The decisions on every plan of a year, without snapshots, per committee, oldest first. */
    Map<String, List<PlanVersion>> versionsOfYear(Connection connection, int year) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + VERSION_COLUMNS
                + " FROM plan_version WHERE plan_year = ? ORDER BY committee_id, number")) {
            query.setInt(1, year);
            Map<String, List<PlanVersion>> result = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(version(rows));
                }
            }
            return result;
        }
    }

    private static PlanVersion version(ResultSet rows) throws SQLException {
        Date meeting = rows.getDate(6);
        return new PlanVersion(rows.getInt(2), PlanStatus.valueOf(rows.getString(3)), rows.getTimestamp(4).toInstant(),
                rows.getString(5), null, meeting == null ? null : meeting.toLocalDate(), rows.getString(7),
                rows.getString(8));
    }

    /**
     * A decision and, when asked for, its snapshot as JSON with the classification of the parts it does
     * not mark (snapshots written before classifications existed).
     */
    record StoredVersion(PlanVersion version, String snapshot, Classification unmarked) {
    }

    private static void writeSituation(Connection connection, String committeeId, int year, SituationPicture picture)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO situation_section (committee_id, "
                + "plan_year, position, title, body, classification, legal_ground) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < picture.sections().size(); i++) {
                Section section = picture.sections().get(i);
                insert.setString(1, committeeId);
                insert.setInt(2, year);
                insert.setInt(3, i);
                insert.setString(4, section.title());
                insert.setString(5, section.text());
                insert.setString(6, section.classification().name());
                insert.setString(7, section.legalGround());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO incident_count (committee_id, "
                + "plan_year, position, environment, incident_type, source, tertial, place_type, incidents, "
                + "classification, legal_ground) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < picture.incidents().size(); i++) {
                IncidentCount incident = picture.incidents().get(i);
                insert.setString(1, committeeId);
                insert.setInt(2, year);
                insert.setInt(3, i);
                insert.setString(4, incident.environment().name());
                insert.setString(5, incident.type().name());
                insert.setString(6, incident.source().name());
                insert.setString(7, incident.period() == null ? null : incident.period().name());
                insert.setString(8, incident.placeType().name());
                insert.setInt(9, incident.count());
                insert.setString(10, incident.classification().name());
                insert.setString(11, incident.legalGround());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setContent(PreparedStatement statement, int first, Activity activity) throws SQLException {
        int i = first;
        statement.setString(i++, activity.title());
        statement.setString(i++, activity.description());
        statement.setString(i++, activity.area().name());
        statement.setString(i++, String.join(LIST_SEPARATOR, activity.responsible()));
        statement.setString(i++, String.join(LIST_SEPARATOR, activity.partners()));
        Schedule schedule = activity.schedule();
        setNullable(statement, i++, schedule.ongoing() ? null : schedule.start().toString());
        setNullable(statement, i++, schedule.ongoing() ? null : schedule.end().toString());
        statement.setBoolean(i++, schedule.ongoing());
        statement.setString(i++, activity.frequency());
        statement.setString(i++, activity.followUpIn().stream().map(Enum::name).collect(Collectors.joining(",")));
        statement.setString(i++, activity.followUpSystem());
        statement.setString(i, activity.templateId());
    }

    private static String outcome(List<FollowUp> followUps) {
        try {
            return JSON.writeValueAsString(followUps);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a previous outcome", e);
        }
    }

    private static List<FollowUp> outcome(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, OUTCOME);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a previous outcome", e);
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.CHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(LIST_SEPARATOR));
    }

    /** A plan being read: its head row, with the content gathered query by query. */
    private static final class PlanHead {
        private final String committeeId;
        private final int year;
        private final PlanStatus status;
        private final long version;
        private final String coordinatorRole;
        private final String nextRevision;
        private final Instant updatedAt;
        private final String updatedBy;
        private final Integer revisedFrom;
        private final List<Section> sections = new ArrayList<>();
        private final List<IncidentCount> incidents = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final Map<String, String> contributorNames = new LinkedHashMap<>();
        private final Map<String, EnumSet<Tertial>> contributorPeriods = new HashMap<>();

        PlanHead(ResultSet row) throws SQLException {
            committeeId = row.getString(1);
            year = row.getInt(2);
            status = PlanStatus.valueOf(row.getString(3));
            version = row.getLong(4);
            coordinatorRole = row.getString(5);
            nextRevision = row.getString(6);
            updatedAt = row.getTimestamp(7).toInstant();
            updatedBy = row.getString(8);
            int from = row.getInt(9);
            revisedFrom = row.wasNull() ? null : from;
        }

        void contributor(String id, String name, Tertial period) {
            contributorNames.putIfAbsent(id, name);
            contributorPeriods.computeIfAbsent(id, key -> EnumSet.noneOf(Tertial.class)).add(period);
        }

        ActionPlan toPlan() {
            List<Contributor> contributors = new ArrayList<>();
            contributorNames.forEach((id, name) -> contributors.add(new Contributor(id, name,
                    List.copyOf(contributorPeriods.get(id)))));
            return new ActionPlan(committeeId, year, status, version, coordinatorRole, nextRevision,
                    new SituationPicture(sections, incidents, null, contributors), activities, updatedAt, updatedBy,
                    null, revisedFrom);
        }
    }
}
