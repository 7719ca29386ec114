package se.stockholm.vbe.platform.internal.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.stockholm.vbe.api.InvalidInputException;

/**
 * The platform's tables as JSON lines, in a form either database reads: a header with the schema version,
 * then per table a line naming its columns followed by one array per row, and an end line with the row counts
 * (so a cut-off file is found out). Timestamps and dates are written as ISO local date-times and dates, as
 * the columns hold them (no time zone).
 */
final class TableDump {

    static final String FORMAT = "vbe-database-export";

    /** Every table of the schema, parents before children; the export fails if the database has another. */
    static final List<String> TABLES = List.of("committee", "committee_owner", "local_rule", "feature_setting",
            "committee_quarantine", "coverage_item", "coverage_tick", "calendar_deadline", "calendar_grant_window",
            "calendar_event", "stop_list", "action_plan", "situation_section", "incident_count", "activity",
            "follow_up_report", "plan_version", "grant_check", "audit_entry", "routine_usage", "contribution",
            "contribution_section", "contribution_count", "incident_report");

    /**
     * The row order of a table that refers to itself, so that an import (which checks keys row by row) meets every
     * referenced row first: a duplicate report points to an accepted one, which is never a duplicate itself.
     */
    private static final Map<String, String> ORDER = Map.of("incident_report",
            " ORDER BY duplicate_of NULLS FIRST, id");

    /**
     * What the running nodes keep in the database (generation, locks, node presence, web sessions): state of
     * one installation's processes, not its data, so neither exported nor imported; migrations create it.
     */
    static final Set<String> RUNTIME_TABLES = Set.of("vbe_generation", "vbe_lock", "platform_node",
            "node_committee", "web_session");

    private static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private TableDump() {
    }

    /** Writes every table read on {@code connection}; returns the rows per table. */
    static Map<String, Integer> write(Connection connection, int schemaVersion, String product, Writer out)
            throws SQLException {
        requireKnownTables(connection);
        ObjectNode header = JSON.createObjectNode().put("format", FORMAT).put("schemaVersion", schemaVersion)
                .put("exportedFrom", product);
        line(out, header);
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table
                        + ORDER.getOrDefault(table, ""))) {
                    counts.put(table, writeTable(table, rows, out));
                }
            }
        }
        ObjectNode end = JSON.createObjectNode().put("end", true);
        counts.forEach(end.putObject("rows")::put);
        line(out, end);
        return counts;
    }

    private static int writeTable(String table, ResultSet rows, Writer out) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        ObjectNode head = JSON.createObjectNode().put("table", table);
        ArrayNode columns = head.putArray("columns");
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
        }
        line(out, head);
        int count = 0;
        while (rows.next()) {
            ArrayNode row = JSON.createArrayNode();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                addValue(row, rows, i, meta.getColumnType(i));
            }
            line(out, row);
            count++;
        }
        return count;
    }

    private static void addValue(ArrayNode row, ResultSet rows, int column, int type) throws SQLException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> {
                long value = rows.getLong(column);
                if (rows.wasNull()) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rows.getBoolean(column);
                if (rows.wasNull()) {
                    row.addNull();
                } else {
                    row.add(value);
                }
            }
            case Types.TIMESTAMP -> {
                Timestamp value = rows.getTimestamp(column);
                row.add(value == null ? null : value.toLocalDateTime().toString());
            }
            case Types.DATE -> {
                Date value = rows.getDate(column);
                row.add(value == null ? null : value.toLocalDate().toString());
            }
            default -> row.add(rows.getString(column));
        }
    }

    /**
     * Inserts the rows of a dump into the empty tables on {@code connection} (the caller commits) and moves each
     * identity column past the highest id it received.
     *
     * @return the rows per table
     * @throws InvalidInputException if the dump is not a complete export at {@code schemaVersion}
     */
    static Map<String, Integer> read(BufferedReader in, Connection connection, int schemaVersion)
            throws SQLException, IOException {
        JsonNode header = parse(in.readLine());
        if (header == null || !FORMAT.equals(header.path("format").asText())) {
            throw invalid("it is not an export of the platform's database (no " + FORMAT + " header)");
        }
        if (header.path("schemaVersion").asInt() != schemaVersion) {
            throw invalid("it was exported at schema version " + header.path("schemaVersion").asInt()
                    + ", this platform is at " + schemaVersion + ": import it with the platform version that wrote it");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        TableWriter current = null;
        try {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                JsonNode line = parse(text);
                if (line.isArray()) {
                    if (current == null) {
                        throw invalid("a row comes before any table");
                    }
                    current.add(line);
                } else if (line.has("table")) {
                    if (current != null) {
                        counts.put(current.table, current.finish());
                    }
                    current = new TableWriter(connection, line, counts.size());
                } else if (line.path("end").asBoolean()) {
                    if (current != null) {
                        counts.put(current.table, current.finish());
                        current = null;
                    }
                    requireCounts(line.path("rows"), counts);
                    return counts;
                }
            }
        } finally {
            if (current != null) {
                current.insert.close();
            }
        }
        throw invalid("it ends before its end line: the file is incomplete");
    }

    private static void requireCounts(JsonNode expected, Map<String, Integer> counts) {
        Map<String, Integer> written = new LinkedHashMap<>();
        expected.fields().forEachRemaining(field -> written.put(field.getKey(), field.getValue().asInt()));
        if (!written.equals(counts)) {
            throw invalid("its rows " + counts + " do not add up to what its end line says " + written);
        }
    }

    /** The rows of one table being inserted, in batches. */
    private static final class TableWriter {
        private final String table;
        private final Connection connection;
        private final PreparedStatement insert;
        private final int[] types;
        private final String identity;
        private int rows;

        TableWriter(Connection connection, JsonNode head, int position) throws SQLException {
            this.connection = connection;
            this.table = head.path("table").asText();
            if (position >= TABLES.size() || !TABLES.get(position).equals(table)) {
                throw invalid("table '" + table + "' is not the next one expected ("
                        + (position < TABLES.size() ? TABLES.get(position) : "none") + ")");
            }
            Map<String, Integer> target = new LinkedHashMap<>();
            String identityColumn = null;
            try (Statement statement = connection.createStatement();
                    ResultSet none = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                ResultSetMetaData meta = none.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String name = meta.getColumnName(i).toLowerCase(Locale.ROOT);
                    target.put(name, meta.getColumnType(i));
                    if (meta.isAutoIncrement(i)) {
                        identityColumn = name;
                    }
                }
            }
            List<String> columns = new ArrayList<>();
            head.path("columns").forEach(column -> columns.add(column.asText()));
            if (!new TreeSet<>(columns).equals(new TreeSet<>(target.keySet()))) {
                throw invalid("table " + table + " has the columns " + columns + " in the file but "
                        + target.keySet() + " in the database");
            }
            this.types = columns.stream().mapToInt(target::get).toArray();
            this.identity = identityColumn;
            // Table and column names are checked against the schema above, so they are safe in the statement.
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ")"
                    + (identity != null ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES ("
                    + String.join(", ", columns.stream().map(column -> "?").toList()) + ")";
            this.insert = connection.prepareStatement(sql);
        }

        void add(JsonNode row) throws SQLException {
            if (row.size() != types.length) {
                throw invalid("a row of " + table + " has " + row.size() + " values, not " + types.length);
            }
            for (int i = 0; i < types.length; i++) {
                bind(insert, i + 1, types[i], row.get(i));
            }
            insert.addBatch();
            if (++rows % BATCH == 0) {
                insert.executeBatch();
            }
        }

        int finish() throws SQLException {
            insert.executeBatch();
            insert.close();
            if (identity != null && rows > 0) {
                long next;
                try (Statement statement = connection.createStatement();
                        ResultSet max = statement.executeQuery("SELECT MAX(" + identity + ") FROM " + table)) {
                    max.next();
                    next = max.getLong(1) + 1;
                }
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN " + identity + " RESTART WITH "
                            + next);
                }
            }
            return rows;
        }
    }

    private static void bind(PreparedStatement insert, int index, int type, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> insert.setLong(index, value.asLong());
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, value.asBoolean());
            case Types.TIMESTAMP -> insert.setTimestamp(index, Timestamp.valueOf(LocalDateTime.parse(value.asText())));
            case Types.DATE -> insert.setDate(index, Date.valueOf(LocalDate.parse(value.asText())));
            default -> insert.setString(index, value.asText());
        }
    }

    private static void requireKnownTables(Connection connection) throws SQLException {
        TreeSet<String> found = new TreeSet<>();
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (tables.next()) {
                found.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        found.remove(SchemaMigrator.HISTORY_TABLE.toLowerCase(Locale.ROOT));
        found.removeAll(RUNTIME_TABLES);
        if (!found.equals(new TreeSet<>(TABLES))) {
            throw new SQLException("the database's tables " + found + " are not the ones the export knows " + TABLES
                    + ": a migration added a table without adding it to TableDump.TABLES");
        }
    }

    private static JsonNode parse(String line) {
        if (line == null) {
            return null;
        }
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw invalid("a line is not JSON: " + e.getOriginalMessage());
        }
    }

    private static void line(Writer out, JsonNode node) {
        try {
            out.write(JSON.writeValueAsString(node));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInputException invalid(String problem) {
        return new InvalidInputException("file", "cannot import the file: " + problem);
    }
}
