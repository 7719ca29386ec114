package se.stockholm.vbe.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import se.stockholm.vbe.api.CityTime;
import se.stockholm.vbe.api.InvalidInputException;

/**
 * Which entries to read, newest first. Every filter is optional ({@code null}).
 *
 * @param committeeId only this committee's entries
 * @param entity only this kind of entity ({@code plan}), or this one entity ({@code plan:alvsjo/2020})
 * @param user only this actor's entries, exactly as recorded ({@code samordnare}, {@code shell:karaf})
 * @param from only entries at or after this instant
 * @param to only entries before this instant
 * @param limit how many entries a page holds at most; {@code null} for {@link AuditService#DEFAULT_LIMIT}
 * @param cursor where the previous page ended ({@link AuditPage#nextCursor()}); {@code null} for the first page
 */
public record AuditQuery(String committeeId, String entity, String user, Instant from, Instant to, Integer limit,
        String cursor) {

    /** The city's time zone, in which a date given for {@code from} or {@code to} begins and ends. */
    public static final ZoneId CITY_TIME = CityTime.ZONE;

    /**
     * A time as a caller writes it: an instant ({@code 2026-12-01T08:00:00Z}) or a date ({@code 2026-12-01}),
     * which means the start of that day in Stockholm, or with {@code endOfDay} the start of the next, so that
     * {@code from=2026-12-01&to=2026-12-01} is that whole day.
     *
     * @return {@code null} for {@code null} or blank text
     * @throws InvalidInputException naming {@code field} if it is neither
     */
    public static Instant time(String text, String field, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(CITY_TIME).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date such as 2026-12-01 or an instant such as "
                    + "2026-12-01T08:00:00Z (was " + text + ")");
        }
    }

    /** The first page of everything the caller may read. */
    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit, null);
    }

    /** The same filters, from where a page ended. */
    public AuditQuery after(String nextCursor) {
        return new AuditQuery(committeeId, entity, user, from, to, limit, nextCursor);
    }
}
