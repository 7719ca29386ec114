package se.stockholm.vbe.api.plan;

import java.time.Instant;

/**
 * One line of a committee's list of plans.
 */
public record PlanSummary(int year, PlanStatus status, long version, Instant updatedAt) {
}
