package se.stockholm.vbe.platform.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.calendar.CalendarEvent;

class CalendarEventsTest {

    @Test
    void lastYearsVerksamhetsberattelseIsInTheFeedInJanuaryAndItsTertialsAreNot() {
        LocalDate january = LocalDate.parse("2027-01-10");

        assertTrue(CalendarEvents.inFeed(event("2027-02-15", "2027-02-15"), january), "vb-2026, due 2027");
        assertFalse(CalendarEvents.inFeed(event("2026-09-15", "2026-09-15"), january), "t2-2026");
        assertTrue(CalendarEvents.inFeed(event("2026-12-15", "2027-01-15"), january), "still open");
    }

    private static CalendarEvent event(String first, String last) {
        return new CalendarEvent("vb-2026@vbe.stockholm.se", LocalDate.parse(first), LocalDate.parse(last), "", "", 0,
                Instant.EPOCH);
    }
}
