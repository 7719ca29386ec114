package se.stockholm.vbe.api.plan;

import java.time.Instant;

/**
 * An immutable record of a plan as it was adopted or approved: a public record.
 *
 * @param number 1 for the first decision on this plan, then 2, …
 * @param status the status decided
 * @param decidedAt when
 * @param decidedBy by whom (the user who recorded the decision)
 * @param plan the plan as it was decided; {@code null} in listings
 */
public record PlanVersion(int number, PlanStatus status, Instant decidedAt, String decidedBy, ActionPlan plan) {
}
