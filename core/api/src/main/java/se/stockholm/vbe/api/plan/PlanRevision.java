package se.stockholm.vbe.api.plan;

import java.time.Instant;

/**
 * The marker of a decided plan that has been taken back to draft for a revision during the year: the
 * decided version stays what the public reads until the draft is decided again.
 *
 * @param status the status of the plan being revised, {@code DRAFT}
 * @param version the draft's current version
 * @param since when the plan was taken back to draft
 * @param by who took it back
 */
public record PlanRevision(PlanStatus status, long version, Instant since, String by) {
}
