package se.stockholm.vbe.platform.internal.coverage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.coverage.Checklist;
import se.stockholm.vbe.api.coverage.ChecklistItem;
import se.stockholm.vbe.api.coverage.ItemKind;
import se.stockholm.vbe.api.plan.Area;

/**
 * The coordinator's checklist ({@code coverage_item}) and the committees' ticks ({@code coverage_tick}),
 * migration 14. No cache: every node reads the same checklist and ticks. Lists are stored one value a line
 * (no value holds a line break: they are single-line names).
 */
final class CoverageStore {

    private static final String ITEM_COLUMNS = "position, item_id, kind, title, area, terms, features, deadline, "
            + "applies_to, changed_at, changed_by";
    private static final String TICK_COLUMNS = "committee_id, plan_year, item_id, done, comment, ticked_at, "
            + "ticked_by";

    private CoverageStore() {
    }

    /** The checklist the coordinator set; empty while there is none. */
    static Optional<Checklist> checklist(Connection connection) throws SQLException {
        List<ChecklistItem> items = new ArrayList<>();
        Instant changedAt = null;
        String changedBy = null;
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ITEM_COLUMNS
                + " FROM coverage_item ORDER BY position"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String area = rows.getString(5);
                items.add(new ChecklistItem(rows.getString(2), ItemKind.valueOf(rows.getString(3)), rows.getString(4),
                        area == null ? null : Area.valueOf(area), lines(rows.getString(6)), lines(rows.getString(7)),
                        rows.getString(8), lines(rows.getString(9)).stream().map(CommitteeKind::valueOf)
                                .collect(Collectors.toSet())));
                changedAt = rows.getTimestamp(10).toInstant();
                changedBy = rows.getString(11);
            }
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new Checklist(items, changedAt, changedBy));
    }

    /** Replaces the checklist. */
    static void replace(Connection connection, Checklist checklist) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM coverage_item")) {
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO coverage_item (" + ITEM_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < checklist.items().size(); i++) {
                ChecklistItem item = checklist.items().get(i);
                insert.setInt(1, i);
                insert.setString(2, item.id());
                insert.setString(3, item.kind().name());
                insert.setString(4, item.title());
                insert.setString(5, item.area() == null ? null : item.area().name());
                insert.setString(6, text(item.terms()));
                insert.setString(7, text(item.features()));
                if (item.deadline() == null) {
                    insert.setNull(8, Types.CHAR);
                } else {
                    insert.setString(8, item.deadline());
                }
                insert.setString(9, text(item.appliesTo().stream().map(Enum::name).sorted().toList()));
                insert.setTimestamp(10, Timestamp.from(checklist.changedAt()));
                insert.setString(11, checklist.changedBy());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The ticks of a year, per committee id and item id. */
    static Map<String, Map<String, StoredTick>> ticks(Connection connection, int year) throws SQLException {
        Map<String, Map<String, StoredTick>> ticks = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + TICK_COLUMNS
                + " FROM coverage_tick WHERE plan_year = ?")) {
            query.setInt(1, year);
            for (StoredTick tick : rows(query)) {
                ticks.computeIfAbsent(tick.committeeId(), c -> new HashMap<>()).put(tick.itemId(), tick);
            }
        }
        return ticks;
    }

    static Optional<StoredTick> tick(Connection connection, String committeeId, int year, String itemId)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + TICK_COLUMNS
                + " FROM coverage_tick WHERE committee_id = ? AND plan_year = ? AND item_id = ?")) {
            query.setString(1, committeeId);
            query.setInt(2, year);
            query.setString(3, itemId);
            return rows(query).stream().findFirst();
        }
    }

    /** Records a tick, replacing the one before. */
    static void put(Connection connection, StoredTick tick) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM coverage_tick WHERE committee_id = ? AND plan_year = ? AND item_id = ?")) {
            delete.setString(1, tick.committeeId());
            delete.setInt(2, tick.year());
            delete.setString(3, tick.itemId());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO coverage_tick (" + TICK_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, tick.committeeId());
            insert.setInt(2, tick.year());
            insert.setString(3, tick.itemId());
            insert.setBoolean(4, tick.done());
            insert.setString(5, tick.comment());
            insert.setTimestamp(6, Timestamp.from(tick.tickedAt()));
            insert.setString(7, tick.tickedBy());
            insert.executeUpdate();
        }
    }

    private static List<StoredTick> rows(PreparedStatement query) throws SQLException {
        List<StoredTick> ticks = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ticks.add(new StoredTick(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getBoolean(4),
                        rows.getString(5), rows.getTimestamp(6).toInstant(), rows.getString(7)));
            }
        }
        return ticks;
    }

    private static String text(Collection<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\n"));
    }
}
