package se.stockholm.vbe.api.audit;

import java.time.Instant;

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

    /** The first page of everything the caller may read. */
    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit, null);
    }

    /** The same filters, from where a page ended. */
    public AuditQuery after(String nextCursor) {
        return new AuditQuery(committeeId, entity, user, from, to, limit, nextCursor);
    }
}
