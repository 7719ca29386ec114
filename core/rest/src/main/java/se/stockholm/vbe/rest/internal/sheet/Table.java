package se.stockholm.vbe.rest.internal.sheet;

import java.util.List;

/**
 * A table to be written as a spreadsheet: its column names and its rows, each cell a {@link String}, an
 * {@link Integer} or {@code null} (empty). Plain data, so that the CSV and the XLSX show the same cells.
 */
public record Table(List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
