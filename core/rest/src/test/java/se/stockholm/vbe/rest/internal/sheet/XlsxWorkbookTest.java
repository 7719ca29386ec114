package se.stockholm.vbe.rest.internal.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.plan.ConsolidatedPlans;

class XlsxWorkbookTest {

    private final ConsolidatedPlans view = SheetFixtures.view();
    private final byte[] xlsx = XlsxWorkbook.write("Lokala handlingsplaner 2020", ActivityTable.of(view),
            SummaryTables.of(view.summary(), id -> id.equals("alvsjo") ? "Älvsjö stadsdelsnämnd" : id));

    @Test
    void theFirstSheetHasOneRowPerActivityAndTextThatLooksLikeAFormulaStaysText() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet activities = workbook.getSheet(0).orElseThrow();
            assertEquals(XlsxWorkbook.ACTIVITIES, activities.getName());
            List<Row> rows = activities.read();
            assertEquals(3, rows.size());
            assertEquals("Aktivitet", rows.get(0).getCellAsString(5).orElseThrow());
            assertEquals(new BigDecimal(2020), rows.get(1).getCellAsNumber(2).orElseThrow());
            assertEquals(SheetFixtures.AWKWARD_COMMENT, rows.get(1).getCellAsString(10).orElseThrow());
            Cell injected = rows.get(2).getCell(5);
            assertEquals(CellType.STRING, injected.getType());
            assertNull(injected.getFormula());
            assertEquals(SheetFixtures.FORMULA_TITLE, injected.asString());
        }
    }

    @Test
    void theSecondSheetIsTheCitySummaryByCommitteeNameWithAcceptedReportsAndWithheldFiguresAsMarkers()
            throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = workbook.getSheet(1).orElseThrow();
            assertEquals(XlsxWorkbook.SUMMARY, summary.getName());
            String cells = summary.read().stream().map(row -> row.stream()
                    .map(cell -> cell == null ? "" : cell.getText()).collect(Collectors.joining("|")))
                    .collect(Collectors.joining("\n"));
            assertEquals(true, cells.contains("Aktiviteter|2"), cells);
            assertEquals(true, cells.contains("Nämnder utan plan|Älvsjö stadsdelsnämnd"), cells);
            assertEquals(true, cells.contains("Godkända rapporter från medarbetare|2020|2019"), cells);
            assertEquals(true, cells.contains("Totalt|7|"), "last year not computed: an empty cell; " + cells);
            assertEquals(true, cells.contains("Miljö: Vit makt-miljön|7|"), cells);
            assertEquals(true, cells.contains("Miljö: Vit makt-miljön|.."), cells);
            assertEquals(true, cells.contains("Miljö: Den islamistiska extremistmiljön|<3"), cells);
            assertEquals(true, cells.contains("Tertialrapport 1|0|0|1|0"), cells);
        }
    }
}
