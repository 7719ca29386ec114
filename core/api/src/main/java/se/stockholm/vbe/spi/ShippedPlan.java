package se.stockholm.vbe.spi;

import java.net.URL;

import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.plan.PlanStatus;

/**
 * A plan a committee adopted before it joined the platform, shipped in its bundle. The platform imports
 * it once, if the committee has no plan for that year yet.
 *
 * @param year the plan year
 * @param status the status the plan had, usually {@code APPROVED}
 * @param document a resource in the bundle holding the plan in the REST API's JSON plan format
 */
public record ShippedPlan(int year, PlanStatus status, URL document) {

    public ShippedPlan {
        Validation.require(status, "status");
        Validation.require(document, "document");
    }
}
