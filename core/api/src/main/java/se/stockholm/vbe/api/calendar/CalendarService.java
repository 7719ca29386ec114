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

    /** The plan years the calendar feeds carry: this year and the next (in the city's time zone). */
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
     * @throws se.stockholm.vbe.api.InvalidInputException for a missing date, one outside its year or out of order
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
     * @throws se.stockholm.vbe.api.InvalidInputException for a window outside the year or too many windows
     */
    GrantWindows setGrantWindows(String committeeId, int year, GrantWindows windows, Actor actor);

    /**
     * The events of the feed years: the city's deadlines and the grant windows of one committee, or of every
     * committee when {@code committeeId} is {@code null}. Ordered by first day, then UID.
     *
     * @throws se.stockholm.vbe.api.NotFoundException for an unknown committee
     */
    List<CalendarEvent> events(String committeeId);
}
