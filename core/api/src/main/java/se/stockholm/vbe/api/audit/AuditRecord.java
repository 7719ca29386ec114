package se.stockholm.vbe.api.audit;

import java.time.Instant;

/**
 * One entry of the audit trail as a reader sees it. Entries are never changed or deleted.
 *
 * @param id increasing with time; the key of the cursor
 * @param occurredAt when the change was committed
 * @param actor who made it: a user name, {@code shell:<user>}, {@code import:<bundle>} or {@code bundle:<name>}
 * @param channel through what it came
 * @param action what was done, e.g. {@code create}, {@code replace}, {@code status}, {@code activity-add}
 * @param entityType what kind of thing changed, e.g. {@code plan}, {@code activity}, {@code feature}
 * @param entityId which one, e.g. {@code alvsjo/2020}; {@code null} when the type says it all
 * @param committeeId the committee it concerns; {@code null} for city-wide things such as the stop list
 * @param year the plan year it concerns, or {@code null}
 * @param change the fields that changed, {@code field: before → after; …}, cut at a fixed length with
 *        {@code … [avkortad]}; {@code null} when {@code withheld}
 * @param confidential whether the change concerns confidential content (sekretess)
 * @param withheld whether {@code change} is left out because the reader may not read that confidential content
 */
public record AuditRecord(long id, Instant occurredAt, String actor, AuditChannel channel, String action,
        String entityType, String entityId, String committeeId, Integer year, String change, boolean confidential,
        boolean withheld) {
}
