package se.stockholm.vbe.platform.internal.calendar;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.stockholm.vbe.api.calendar.CalendarEvent;
import se.stockholm.vbe.platform.internal.calendar.CalendarStore.ServedEvent;

/**
 * The revision (iCalendar SEQUENCE) of every UID, kept in one row per UID that is never deleted, so it never goes
 * down whichever source an event's dates come from (the coordinator's, etc/, an editor's, a bundle's) or how often a
 * window leaves and returns: an event served for the first time gets revision 0 and the time its source was set; one
 * whose days or summary differ from what was last served under its UID gets the next revision, stamped now.
 */
final class EventLedger {

    /** An event of a plan year before the ledger gave it its revision; its lastModified is for a first serving. */
    record Draft(int year, CalendarEvent event) {
    }

    private EventLedger() {
    }

    /** The events with their revisions, recording what is new or changed. */
    static List<CalendarEvent> serve(Connection connection, List<Draft> drafts, Instant now) throws SQLException {
        Map<String, ServedEvent> served = CalendarStore.served(connection, years(drafts));
        List<CalendarEvent> events = new ArrayList<>();
        for (Draft draft : drafts) {
            ServedEvent last = served.get(draft.event().uid());
            ServedEvent next = next(draft, last, now);
            if (last == null) {
                CalendarStore.insertServed(connection, next);
            } else if (next != last) {
                CalendarStore.updateServed(connection, next);
            }
            events.add(event(draft, next));
        }
        return events;
    }

    /** The events with their revisions if nothing is new or changed since last served; otherwise {@code null}. */
    static List<CalendarEvent> asServed(Connection connection, List<Draft> drafts) throws SQLException {
        Map<String, ServedEvent> served = CalendarStore.served(connection, years(drafts));
        List<CalendarEvent> events = new ArrayList<>();
        for (Draft draft : drafts) {
            ServedEvent last = served.get(draft.event().uid());
            if (last == null || next(draft, last, Instant.EPOCH) != last) {
                return null;
            }
            events.add(event(draft, last));
        }
        return events;
    }

    /** What to record for a draft: {@code last} itself while its days and summary are the same. */
    static ServedEvent next(Draft draft, ServedEvent last, Instant now) {
        CalendarEvent event = draft.event();
        if (last == null) {
            return new ServedEvent(event.uid(), draft.year(), event.first(), event.last(), event.summary(), 0,
                    event.lastModified());
        }
        boolean same = last.first().equals(event.first()) && last.last().equals(event.last())
                && last.summary().equals(event.summary());
        return same ? last : new ServedEvent(event.uid(), draft.year(), event.first(), event.last(),
                event.summary(), last.revision() + 1, now);
    }

    private static CalendarEvent event(Draft draft, ServedEvent served) {
        CalendarEvent event = draft.event();
        return new CalendarEvent(event.uid(), event.first(), event.last(), event.summary(), event.description(),
                served.revision(), served.modifiedAt());
    }

    private static List<Integer> years(List<Draft> drafts) {
        return drafts.stream().map(Draft::year).distinct().toList();
    }
}
