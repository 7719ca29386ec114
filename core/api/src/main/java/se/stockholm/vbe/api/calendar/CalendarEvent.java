package se.stockholm.vbe.api.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One all-day event of the deadline calendar, as an iCalendar feed carries it.
 *
 * @param uid stable across reads and changes, e.g. {@code t1-2027@vbe.stockholm.se}, so a calendar client updates
 *        the event instead of adding another
 * @param first the first day
 * @param last the last day (the same as {@code first} for a deadline)
 * @param summary the Swedish title
 * @param description the Swedish description
 * @param sequence how many times the event's dates have been changed
 * @param lastModified when they last were (for defaults, a fixed instant before the year)
 */
public record CalendarEvent(String uid, LocalDate first, LocalDate last, String summary, String description,
        int sequence, Instant lastModified) {
}
