package se.stockholm.vbe.spi;

import java.net.URL;

import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.plan.DecisionRecord;
import se.stockholm.vbe.api.plan.PlanStatus;

/**
 * A plan a committee adopted before it joined the platform, shipped in its bundle. The platform imports
 * it once, if the committee has no plan for that year yet.
 *
 * @param year the plan year
 * @param status the status the plan had, usually {@code APPROVED}
 * @param document a resource in the bundle holding the plan in the REST API's JSON plan format
 * @param decision the meeting, diarienummer and paragraph of the decision that gave the plan its status,
 *        as far as known ({@link DecisionRecord#NONE} when not)
 */
public record ShippedPlan(int year, PlanStatus status, URL document, DecisionRecord decision) {

    public ShippedPlan {
        Validation.require(status, "status");
        Validation.require(document, "document");
        decision = decision == null ? DecisionRecord.NONE : decision;
    }

    /** A shipped plan whose decision record is not known. */
    public ShippedPlan(int year, PlanStatus status, URL document) {
        this(year, status, document, DecisionRecord.NONE);
    }
}
