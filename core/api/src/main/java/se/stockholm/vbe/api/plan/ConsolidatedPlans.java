package se.stockholm.vbe.api.plan;

import java.util.List;

/**
 * Every visible committee plan for a year, with the city-wide summary.
 */
public record ConsolidatedPlans(int year, List<CommitteePlan> plans, CitySummary summary) {

    public ConsolidatedPlans {
        plans = List.copyOf(plans);
    }
}
