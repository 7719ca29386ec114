package se.stockholm.vbe.rest.internal.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.audit.AuditChannel;
import se.stockholm.vbe.api.audit.AuditRecord;

class AuditCsvTest {

    @Test
    void fieldsWithACommaAQuoteOrALineBreakAreQuotedAndQuotesDoubled() {
        assertEquals("\"title: – → \"\"Möte, dialog\"\"\"", AuditCsv.cell("title: – → \"Möte, dialog\""));
        assertEquals("\"rad ett\r\nrad två\"", AuditCsv.cell("rad ett\r\nrad två"));
        assertEquals("Älvsjö", AuditCsv.cell("Älvsjö"));
        assertEquals("", AuditCsv.cell(null));
    }

    @Test
    void aCellThatExcelWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", AuditCsv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'+46 8 508 000 00", AuditCsv.cell("+46 8 508 000 00"));
        assertEquals("'-1", AuditCsv.cell("-1"));
        assertEquals("'@SUM(A1)", AuditCsv.cell("@SUM(A1)"));
        assertEquals("'\tx", AuditCsv.cell("\tx"));
        assertEquals("\"'=1+2,3\"", AuditCsv.cell("=1+2,3"));
    }

    @Test
    void aPageIsAHeaderAndOneCrlfLineAnEntryAfterAByteOrderMark() {
        String csv = AuditCsv.write(List.of(new AuditRecord(7, Instant.parse("2026-12-01T08:00:00Z"), "samordnare",
                AuditChannel.REST, "switch", "feature", "follow-up", "alvsjo", null, "enabled: true → false", false,
                false)));

        assertTrue(csv.startsWith("\uFEFFid,occurredAt,actor,"), csv);
        assertEquals(List.of("\uFEFFid,occurredAt,actor,channel,action,entityType,entityId,committeeId,year,change,"
                + "confidential,withheld", "7,2026-12-01T08:00:00Z,samordnare,REST,switch,feature,follow-up,alvsjo,,"
                + "enabled: true → false,false,false", ""), List.of(csv.split("\r\n", -1)));
    }
}
