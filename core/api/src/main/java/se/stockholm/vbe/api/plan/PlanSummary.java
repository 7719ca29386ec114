package se.stockholm.vbe.api.plan;

import java.time.Instant;

/**
 * One line of a committee's list of plans.
 *
 * @param revision for the public line of a decided plan taken back to draft, the revision under way;
 *        else {@code null}
 */
public record PlanSummary(int year, PlanStatus status, long version, Instant updatedAt, PlanRevision revision) {

    /** A line of a plan not under revision (the form before revisions were marked). */
    public PlanSummary(int year, PlanStatus status, long version, Instant updatedAt) {
        this(year, status, version, updatedAt, null);
    }
}
