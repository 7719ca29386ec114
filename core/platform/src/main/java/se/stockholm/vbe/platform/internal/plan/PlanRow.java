package se.stockholm.vbe.platform.internal.plan;

import java.time.Instant;

import se.stockholm.vbe.api.plan.PlanStatus;

/**
 * The head row of a stored plan, without its content.
 */
record PlanRow(String committeeId, int year, PlanStatus status, long version, Instant updatedAt, String updatedBy) {
}
