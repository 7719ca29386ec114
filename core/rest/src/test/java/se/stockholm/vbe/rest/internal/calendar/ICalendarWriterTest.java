package se.stockholm.vbe.rest.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.calendar.CalendarEvent;

class ICalendarWriterTest {

    private static final CalendarEvent T1 = new CalendarEvent("t1-2027@vbe.stockholm.se", LocalDate.of(2027, 5, 15),
            LocalDate.of(2027, 5, 15), "Tertialrapport 1 2027: sista dag", "Sista dag, för alla; nämnder\\n",
            2, Instant.parse("2026-12-01T10:15:30Z"));

    private static String written(CalendarEvent... events) {
        return new String(ICalendarWriter.write("Tidsfrister", "Stadens tidsfrister", List.of(events)),
                StandardCharsets.UTF_8);
    }

    @Test
    void everyLineEndsInCrLfAndNoneIsLongerThan75Octets() {
        String longSwedish = "Ansökningsperiod för föreningsbidrag hos Hässelby-Vällingby stadsdelsnämnd, "
                + "åäö ÅÄÖ ".repeat(20);
        String ics = written(new CalendarEvent("x@vbe.stockholm.se", LocalDate.of(2027, 9, 1),
                LocalDate.of(2027, 10, 15), longSwedish, longSwedish, 0, Instant.EPOCH));

        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        for (String line : ics.split("\r\n", -1)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(line.indexOf('\n') < 0 && line.indexOf('\r') < 0, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY;LANGUAGE=sv:" + longSwedish.replace(",", "\\,") + "\r\n"), unfolded);
    }

    @Test
    void aDeadlineIsAnAllDayEventEndingTheDayAfterWithItsSequenceAndStamp() {
        String ics = written(T1);

        assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20270515\r\nDTEND;VALUE=DATE:20270516\r\n"), ics);
        assertTrue(ics.contains("\r\nSEQUENCE:2\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTAMP:20261201T101530Z\r\nLAST-MODIFIED:20261201T101530Z\r\n"), ics);
        assertTrue(ics.contains("\r\nUID:t1-2027@vbe.stockholm.se\r\n"), ics);
    }

    @Test
    void textValuesEscapeBackslashesSemicolonsCommasAndLineBreaks() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf", ICalendarWriter.text("a\\b;c,d\ne\r\nf"));
        assertTrue(written(T1).contains("DESCRIPTION;LANGUAGE=sv:Sista dag\\, för alla\\; nämnder\\\\n\r\n"));
    }

    @Test
    void theSameEventsGiveTheSameBytes() {
        assertEquals(written(T1), written(T1));
    }
}
