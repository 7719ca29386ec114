package se.stockholm.vbe.api.database;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an export or import moved.
 *
 * @param schemaVersion the schema version of the data
 * @param rows rows per table, in the order they were written
 */
public record TransferSummary(int schemaVersion, Map<String, Integer> rows) {
    public TransferSummary {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** Rows in all tables. */
    public int total() {
        return rows.values().stream().mapToInt(Integer::intValue).sum();
    }
}
