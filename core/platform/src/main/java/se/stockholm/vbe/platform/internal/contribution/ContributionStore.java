package se.stockholm.vbe.platform.internal.contribution;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.stockholm.vbe.api.contribution.Contribution;
import se.stockholm.vbe.api.contribution.ContributionStatus;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.IncidentType;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlaceType;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.Tertial;
import se.stockholm.vbe.platform.internal.db.GeneratedId;

/**
 * The contributions' SQL, on a connection the caller owns. A list takes three queries, whatever its length.
 */
final class ContributionStore {

    private static final String COLUMNS = "c.id, c.committee_id, c.from_committee, c.from_name, c.plan_year, "
            + "c.tertial, c.submitted_at, c.submitted_by, c.taken_in_at, c.taken_in_by";

    long insert(Connection connection, String districtId, String from, String fromName, int year, Tertial period,
            List<IncidentCount> counts, List<Section> sections, String actor, Instant now) throws SQLException {
        long id;
        try (PreparedStatement insert = GeneratedId.prepare(connection, "INSERT INTO contribution (committee_id, "
                + "plan_year, tertial, from_committee, from_name, submitted_at, submitted_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, districtId);
            insert.setInt(2, year);
            insert.setString(3, period.name());
            insert.setString(4, from);
            insert.setString(5, fromName);
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setString(7, actor);
            id = GeneratedId.insert(insert);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contribution_section ("
                + "contribution_id, position, title, body, classification, legal_ground) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < sections.size(); i++) {
                Section section = sections.get(i);
                insert.setLong(1, id);
                insert.setInt(2, i);
                insert.setString(3, section.title());
                insert.setString(4, section.text());
                insert.setString(5, section.classification().name());
                insert.setString(6, section.legalGround());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contribution_count (contribution_id, "
                + "position, environment, incident_type, source, place_type, incidents, classification, legal_ground) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < counts.size(); i++) {
                IncidentCount count = counts.get(i);
                insert.setLong(1, id);
                insert.setInt(2, i);
                insert.setString(3, count.environment().name());
                insert.setString(4, count.type().name());
                insert.setString(5, count.source().name());
                insert.setString(6, count.placeType().name());
                insert.setInt(7, count.count());
                insert.setString(8, count.classification().name());
                insert.setString(9, count.legalGround());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return id;
    }

    /** Marks a contribution taken in, unless it already was; locks its row until the transaction ends. */
    boolean markTakenIn(Connection connection, long id, String actor, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE contribution SET taken_in_at = ?, "
                + "taken_in_by = ? WHERE id = ? AND taken_in_at IS NULL")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, actor);
            update.setLong(3, id);
            return update.executeUpdate() == 1;
        }
    }

    Optional<Contribution> contribution(Connection connection, long id) throws SQLException {
        List<Contribution> found = load(connection, "c.id = ?", List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The district's contributions, of one year or (null) all, newest first. */
    List<Contribution> ofDistrict(Connection connection, String districtId, Integer year) throws SQLException {
        return year == null ? load(connection, "c.committee_id = ?", List.of(districtId))
                : load(connection, "c.committee_id = ? AND c.plan_year = ?", List.of(districtId, year));
    }

    private static List<Contribution> load(Connection connection, String condition, List<Object> values)
            throws SQLException {
        Map<Long, Parts> parts = new LinkedHashMap<>();
        List<Head> heads = new ArrayList<>();
        try (PreparedStatement query = prepare(connection, "SELECT " + COLUMNS + " FROM contribution c WHERE "
                + condition + " ORDER BY c.id DESC", values);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Timestamp takenIn = rows.getTimestamp(9);
                heads.add(new Head(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getInt(5), Tertial.valueOf(rows.getString(6)), rows.getTimestamp(7).toInstant(),
                        rows.getString(8), takenIn == null ? null : takenIn.toInstant(), rows.getString(10)));
                parts.put(rows.getLong(1), new Parts());
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement query = prepare(connection, "SELECT s.contribution_id, s.title, s.body, "
                + "s.classification, s.legal_ground FROM contribution_section s JOIN contribution c ON c.id = "
                + "s.contribution_id WHERE " + condition + " ORDER BY s.contribution_id, s.position", values);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                parts.get(rows.getLong(1)).sections.add(new Section(rows.getString(2), rows.getString(3),
                        Classification.valueOf(rows.getString(4)), rows.getString(5)));
            }
        }
        try (PreparedStatement query = prepare(connection, "SELECT k.contribution_id, k.environment, k.incident_type, "
                + "k.source, c.tertial, k.place_type, k.incidents, k.classification, k.legal_ground "
                + "FROM contribution_count k JOIN contribution c ON c.id = k.contribution_id WHERE " + condition
                + " ORDER BY k.contribution_id, k.position", values);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                parts.get(rows.getLong(1)).counts.add(new IncidentCount(Environment.valueOf(rows.getString(2)),
                        IncidentType.valueOf(rows.getString(3)), InformationSource.valueOf(rows.getString(4)),
                        Tertial.valueOf(rows.getString(5)), PlaceType.valueOf(rows.getString(6)), rows.getInt(7),
                        Classification.valueOf(rows.getString(8)), rows.getString(9)));
            }
        }
        return heads.stream().map(head -> head.with(parts.get(head.id()))).toList();
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> values)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (value instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
        return statement;
    }

    /** A contribution's own row. */
    private record Head(long id, String districtId, String from, String fromName, int year, Tertial period,
            Instant submittedAt, String submittedBy, Instant takenInAt, String takenInBy) {

        Contribution with(Parts parts) {
            return new Contribution(id, districtId, from, fromName, year, period, parts.counts, parts.sections,
                    takenInAt == null ? ContributionStatus.SUBMITTED : ContributionStatus.TAKEN_IN, submittedAt,
                    submittedBy, takenInAt, takenInBy);
        }
    }

    /** A contribution's figures and sections, gathered query by query. */
    private static final class Parts {
        private final List<IncidentCount> counts = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
    }
}
