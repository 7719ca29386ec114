package se.stockholm.vbe.api.calendar;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;

/**
 * The deadline calendar. Implemented by the platform; thread-safe; reads and writes the database (blocking, short).
 * Every change is audited; nothing is written on a refusal.
 */
@ProviderType
public interface CalendarService {

    /**
     * The plan years the calendar feeds draw on: last year, this year and the next (in the city's time zone). A feed
     * carries their events that end on 1 January this year or later, so last year's verksamhetsberättelse, due this
     * year, is in it.
     */
    List<Integer> feedYears();

    /**
     * The city's deadlines of a plan year, the coordinator's or the configured defaults.
     *
     * @throws se.stockholm.vbe.api.InvalidInputException for a year outside the platform's range
     */
    YearDeadlines deadlines(int year);

    /**
     * Sets the city's deadlines of a plan year (only the coordinator).
     *
     * @throws se.stockholm.vbe.api.InvalidInputException for a missing date, one outside its year or out of order,
     *         or a {@code year} in the body other than the path's
     * @throws se.stockholm.vbe.api.AccessDeniedException for anyone else
     */
    YearDeadlines setDeadlines(int year, YearDeadlines deadlines, Actor actor);

    /**
     * A committee's grant application windows in a plan year.
     *
     * @throws se.stockholm.vbe.api.NotFoundException for an unknown committee
     */
    GrantWindows grantWindows(String committeeId, int year);

    /**
     * Sets a committee's grant application windows of a plan year (its editors and the coordinator).
     *
     * @throws se.stockholm.vbe.api.InvalidInputException for a window outside the year, too many windows, or a
     *         {@code year} or {@code committeeId} in the body other than the path's
     */
    GrantWindows setGrantWindows(String committeeId, int year, GrantWindows windows, Actor actor);

    /**
     * The events of the feeds (see {@link #feedYears()}): the city's deadlines and the grant windows of one committee,
     * or of every committee when {@code committeeId} is {@code null}. Ordered by first day, then UID. An event's
     * sequence never goes down: it rises each time the dates or summary served under its UID change, whether the
     * coordinator, an editor, etc/ or a bundle changed them; serving an event records it.
     *
     * @throws se.stockholm.vbe.api.NotFoundException for an unknown committee
     */
    List<CalendarEvent> events(String committeeId);
}
