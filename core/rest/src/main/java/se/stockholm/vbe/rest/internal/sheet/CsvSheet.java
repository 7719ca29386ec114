package se.stockholm.vbe.rest.internal.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A table as CSV for Swedish Excel: UTF-8 led by a byte order mark (without it Excel reads åäö as Latin-1),
 * {@code ;} between cells (Excel's list separator where the decimal mark is a comma), CRLF after every row, a cell
 * quoted only where RFC 4180 needs it (a {@code ;}, a quote or a line break; quotes doubled), and formulas
 * neutralised ({@link SheetText}). Written by Jackson's CSV format.
 */
public final class CsvSheet {

    public static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BOM = "\uFEFF".getBytes(StandardCharsets.UTF_8);
    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n")
            .withoutHeader();

    private CsvSheet() {
    }

    public static byte[] write(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (CsvGenerator csv = FACTORY.createGenerator(out)) {
            csv.setSchema(SCHEMA);
            writeRow(csv, List.copyOf(table.header()));
            for (List<Object> row : table.rows()) {
                writeRow(csv, row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a CSV in memory", e);
        }
        return out.toByteArray();
    }

    private static void writeRow(CsvGenerator csv, List<?> row) throws IOException {
        csv.writeStartArray();
        for (Object cell : row) {
            if (cell == null) {
                csv.writeString("");
            } else if (cell instanceof Integer number) {
                csv.writeNumber(number);
            } else {
                csv.writeString(SheetText.neutralised(cell.toString()));
            }
        }
        csv.writeEndArray();
    }
}
