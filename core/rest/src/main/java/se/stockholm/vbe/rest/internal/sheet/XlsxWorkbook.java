package se.stockholm.vbe.rest.internal.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The consolidated view as an Excel workbook (fastexcel): the activities on the first sheet, header in bold and
 * frozen, and the city summary's tables on the second. Text goes in as string cells, which Excel shows and never
 * evaluates, so a title starting with {@code =} stays that text exactly.
 */
public final class XlsxWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ACTIVITIES = "Aktiviteter";
    static final String SUMMARY = "Stadens sammanställning";
    private static final int MAX_WIDTH = 60;

    private XlsxWorkbook() {
    }

    public static byte[] write(String title, Table activities, List<Table> summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "VBE-plattformen", "2.0");
            workbook.properties().setTitle(title);
            Worksheet sheet = workbook.newWorksheet(ACTIVITIES);
            int row = write(sheet, 0, activities);
            sheet.freezePane(0, 1);
            widen(sheet, activities);
            Worksheet city = workbook.newWorksheet(SUMMARY);
            row = 0;
            for (Table table : summary) {
                row = write(city, row, table) + 1;
            }
            city.width(0, 45);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a workbook in memory", e);
        }
        return out.toByteArray();
    }

    /** Writes the table from {@code first} down and answers the row after it. */
    private static int write(Worksheet sheet, int first, Table table) {
        for (int column = 0; column < table.header().size(); column++) {
            sheet.value(first, column, table.header().get(column));
            sheet.style(first, column).bold().set();
        }
        int row = first + 1;
        for (List<Object> cells : table.rows()) {
            for (int column = 0; column < cells.size(); column++) {
                Object cell = cells.get(column);
                if (cell instanceof Integer number) {
                    sheet.value(row, column, number);
                } else if (cell != null) {
                    sheet.value(row, column, cell.toString());
                }
            }
            row++;
        }
        return row;
    }

    private static void widen(Worksheet sheet, Table table) {
        for (int column = 0; column < table.header().size(); column++) {
            int widest = table.header().get(column).length();
            for (List<Object> cells : table.rows()) {
                Object cell = cells.get(column);
                widest = Math.max(widest, cell == null ? 0 : cell.toString().length());
            }
            sheet.width(column, Math.min(MAX_WIDTH, widest + 2));
        }
    }
}
