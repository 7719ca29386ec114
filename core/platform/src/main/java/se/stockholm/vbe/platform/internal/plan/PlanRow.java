package se.stockholm.vbe.platform.internal.plan;

import java.time.Instant;

import se.stockholm.vbe.api.plan.PlanRevision;
import se.stockholm.vbe.api.plan.PlanStatus;

/**
 * The head row of a stored plan, without its content.
 *
 * @param revisionFrom the status a decided plan had before it was taken back to draft; {@code null}
 *        unless it is under revision
 * @param revisionSince when it was taken back, while under revision
 * @param revisionBy by whom, while under revision
 */
record PlanRow(String committeeId, int year, PlanStatus status, long version, Instant updatedAt, String updatedBy,
        PlanStatus revisionFrom, Instant revisionSince, String revisionBy) {

    /** Whether this is a decided plan taken back to draft, whose decided version the public reads. */
    boolean underRevision() {
        return revisionFrom != null && status == PlanStatus.DRAFT;
    }

    /** The marker of the revision under way; {@code null} if none is. */
    PlanRevision revision() {
        return underRevision() ? new PlanRevision(status, version, revisionSince, revisionBy) : null;
    }
}
