package se.stockholm.vbe.platform.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.calendar.CalendarEvent;
import se.stockholm.vbe.platform.internal.calendar.CalendarStore.ServedEvent;
import se.stockholm.vbe.platform.internal.calendar.EventLedger.Draft;

class EventLedgerTest {

    private static final String UID = "grant-window-alvsjo-2-2027@vbe.stockholm.se";
    private static final Instant FIRST_SET = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void anEventServedForTheFirstTimeHasRevisionZeroAndTheTimeItsSourceWasSet() {
        ServedEvent first = EventLedger.next(draft("2027-03-01", "2027-03-31"), null, NOW);

        assertEquals(0, first.revision());
        assertEquals(FIRST_SET, first.modifiedAt());
    }

    @Test
    void theSameDaysAndSummaryKeepWhatWasServed() {
        ServedEvent served = served("2027-03-01", "2027-03-31", 3);

        assertSame(served, EventLedger.next(draft("2027-03-01", "2027-03-31"), served, NOW));
    }

    @Test
    void aWindowThatReturnsWithItsBundlesDatesAfterAnEditorsGoesUpNeverBackToZero() {
        ServedEvent editors = served("2027-04-01", "2027-04-30", 1);

        ServedEvent bundles = EventLedger.next(draft("2027-03-01", "2027-03-31"), editors, NOW);

        assertEquals(2, bundles.revision(), "the bundle's window is served again after the editor's: one more");
        assertEquals(NOW, bundles.modifiedAt());
        assertEquals(LocalDate.parse("2027-03-01"), bundles.first());
        ServedEvent reverted = EventLedger.next(draft("2027-04-01", "2027-04-30"), bundles, NOW.plusSeconds(60));
        assertEquals(3, reverted.revision(), "reverting to earlier dates is a change too");
    }

    @Test
    void aChangedSummaryRaisesTheRevision() {
        Draft renamed = new Draft(2027, new CalendarEvent(UID, LocalDate.parse("2027-03-01"),
                LocalDate.parse("2027-03-31"), "Älvsjö: Ansökan om lokalbidrag", "", 0, FIRST_SET));

        assertEquals(1, EventLedger.next(renamed, served("2027-03-01", "2027-03-31", 0), NOW).revision());
    }

    private static Draft draft(String first, String last) {
        return new Draft(2027, event(first, last));
    }

    private static CalendarEvent event(String first, String last) {
        return new CalendarEvent(UID, LocalDate.parse(first), LocalDate.parse(last), "Älvsjö: Ansökan om bidrag",
                "", 0, FIRST_SET);
    }

    private static ServedEvent served(String first, String last, int revision) {
        return new ServedEvent(UID, 2027, LocalDate.parse(first), LocalDate.parse(last), "Älvsjö: Ansökan om bidrag",
                revision, FIRST_SET);
    }
}
