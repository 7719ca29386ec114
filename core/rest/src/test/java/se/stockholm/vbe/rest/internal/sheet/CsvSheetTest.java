package se.stockholm.vbe.rest.internal.sheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import se.stockholm.vbe.rest.internal.document.PlanTerms;

class CsvSheetTest {

    private final byte[] csv = CsvSheet.write(ActivityTable.of(SheetFixtures.view()));
    private final String text = new String(csv, StandardCharsets.UTF_8);

    @Test
    void startsWithAByteOrderMarkAndEndsEveryRowWithCrLf() {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertTrue(text.startsWith("\uFEFFNämnd;Nämndtyp;År;Planstatus;Område;Aktivitet;Ansvarig;Samverkanspartner;"
                + "Tidplan;Uppföljning T1 status;Uppföljning T1 kommentar;Uppföljning T2 status;"
                + "Uppföljning T2 kommentar;Uppföljning VB status;Uppföljning VB kommentar\r\n"), text);
        assertTrue(text.endsWith("\r\n"));
        assertEquals(3, text.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)").length, text);
    }

    @Test
    void aCellWithASemicolonAQuoteOrALineBreakIsQuotedAndReadsBackExactly() throws Exception {
        List<String[]> rows = parse();

        assertEquals(3, rows.size());
        String[] walks = rows.get(1);
        assertEquals("Rinkeby-Kista stadsdelsnämnd", walks[0]);
        assertEquals("Stadsdelsnämnd", walks[1]);
        assertEquals("2020", walks[2]);
        assertEquals("Godkänd", walks[3]);
        assertEquals("Samverkan", walks[4]);
        assertEquals("Enheten för trygghet, Fältassistenter", walks[6]);
        assertEquals("Polisen, Svenska Bostäder", walks[7]);
        assertEquals("2020-03 – 2020-10", walks[8]);
        assertEquals("Genomförd", walks[9]);
        assertEquals(SheetFixtures.AWKWARD_COMMENT, walks[10]);
        assertEquals(PlanTerms.NOT_REPORTED, walks[11]);
        assertEquals("Pågår", walks[13], "the follow-up recorded last, not the last in the list");
        assertEquals(SheetFixtures.LATEST_COMMENT, walks[14]);
        assertTrue(text.contains("\"Klart; se \"\"rapport\"\" för\ndetaljer\""), text);
    }

    @Test
    void aCellThatWouldBeAFormulaIsShownAsText() throws Exception {
        String[] injected = parse().get(2);

        assertEquals("'" + SheetFixtures.FORMULA_TITLE, injected[5]);
        assertEquals("'-Förvaltningen", injected[6]);
        assertEquals(PlanTerms.ONGOING, injected[8]);
        assertEquals("", injected[9], "not followed up in T1: empty");
        assertEquals(PlanTerms.NOT_REPORTED, injected[13]);
    }

    private List<String[]> parse() throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';');
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> lines = mapper.readerFor(String[].class).with(schema)
                .readValues(text.substring(1))) {
            lines.forEachRemaining(rows::add);
        }
        return rows;
    }
}
