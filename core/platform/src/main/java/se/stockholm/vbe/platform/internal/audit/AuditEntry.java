package se.stockholm.vbe.platform.internal.audit;

import java.util.Map;
import java.util.Objects;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.audit.AuditChannel;

/**
 * What a writer records about one change, built fluently:
 * {@code AuditEntry.of(actor).action("create").plan("alvsjo", 2020).change(before, after)}.
 * Immutable; every step returns a new entry.
 *
 * @param actor who made the change, as recorded
 * @param channel through what it came
 * @param action what was done, a short verb such as {@code create} or {@code status}
 * @param entityType what kind of thing changed
 * @param entityId which one, or {@code null}
 * @param committeeId the committee it concerns, or {@code null}
 * @param year the plan year it concerns, or {@code null}
 * @param change the compact before → after, or {@code null}
 * @param confidential whether the change concerns confidential content, shown only to those who may read it
 */
public record AuditEntry(String actor, AuditChannel channel, String action, String entityType, String entityId,
        String committeeId, Integer year, String change, boolean confidential) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
    }

    /** By an actor of a request; the channel follows from the recorded name ({@link AuditChannels}). */
    public static AuditEntry of(Actor actor) {
        return of(actor.displayName());
    }

    /** By a recorded name such as {@code samordnare}, {@code shell:karaf} or {@code import:…}. */
    public static AuditEntry of(String actor) {
        return of(actor, AuditChannels.of(actor));
    }

    public static AuditEntry of(String actor, AuditChannel channel) {
        return new AuditEntry(actor, channel, null, null, null, null, null, null, false);
    }

    public AuditEntry action(String name) {
        return new AuditEntry(actor, channel, name, entityType, entityId, committeeId, year, change, confidential);
    }

    public AuditEntry entity(String type, String id) {
        return new AuditEntry(actor, channel, action, type, id, committeeId, year, change, confidential);
    }

    public AuditEntry committee(String id) {
        return new AuditEntry(actor, channel, action, entityType, entityId, id, year, change, confidential);
    }

    public AuditEntry year(Integer planYear) {
        return new AuditEntry(actor, channel, action, entityType, entityId, committeeId, planYear, change,
                confidential);
    }

    /** A plan: entity {@code plan} with id {@code <committee>/<year>}, its committee and year. */
    public AuditEntry plan(String planCommittee, int planYear) {
        return entity("plan", planCommittee + "/" + planYear).committee(planCommittee).year(planYear);
    }

    /** The change as text, cut to what the trail stores. */
    public AuditEntry change(String text) {
        return new AuditEntry(actor, channel, action, entityType, entityId, committeeId, year, ChangeDiff.cut(text),
                confidential);
    }

    /** The change as the compact difference of two sets of fields ({@link ChangeDiff}). */
    public AuditEntry change(Map<String, String> before, Map<String, String> after) {
        return change(ChangeDiff.between(before, after));
    }

    public AuditEntry confidential(boolean concernsConfidentialContent) {
        return new AuditEntry(actor, channel, action, entityType, entityId, committeeId, year, change,
                concernsConfidentialContent);
    }
}
