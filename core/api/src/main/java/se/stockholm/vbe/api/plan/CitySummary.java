package se.stockholm.vbe.api.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The city-wide summary of one year's plans.
 *
 * @param year the plan year
 * @param committees how many committees have a plan in the view
 * @param activities how many activities in all
 * @param activitiesPerArea activities per area, in the order of {@link Area}
 * @param followUps follow-up status counts per period
 * @param committeesWithoutPlan ids of the known committees that have no plan in the view
 * @param incidents the incident counts of the year city-wide, as the caller may see them: over every
 *        committee's plan of the year whatever the filter (a filtered total could otherwise be subtracted
 *        from another to reveal a suppressed figure); {@code null} when not computed
 * @param acceptedReports the city's accepted incident reports this year and last; {@code null} when not computed
 */
public record CitySummary(int year, int committees, int activities, Map<Area, Integer> activitiesPerArea,
        List<FollowUpTally> followUps, List<String> committeesWithoutPlan, IncidentFigures incidents,
        AcceptedReportTotals acceptedReports) {

    public CitySummary {
        activitiesPerArea = Collections.unmodifiableMap(activitiesPerArea.isEmpty() ? new EnumMap<>(Area.class)
                : new EnumMap<>(activitiesPerArea));
        followUps = List.copyOf(followUps);
        committeesWithoutPlan = List.copyOf(committeesWithoutPlan);
    }

    /** A summary without accepted report totals (the form before incident reports). */
    public CitySummary(int year, int committees, int activities, Map<Area, Integer> activitiesPerArea,
            List<FollowUpTally> followUps, List<String> committeesWithoutPlan, IncidentFigures incidents) {
        this(year, committees, activities, activitiesPerArea, followUps, committeesWithoutPlan, incidents, null);
    }

    /** A summary without incident figures (the form before they were added). */
    public CitySummary(int year, int committees, int activities, Map<Area, Integer> activitiesPerArea,
            List<FollowUpTally> followUps, List<String> committeesWithoutPlan) {
        this(year, committees, activities, activitiesPerArea, followUps, committeesWithoutPlan, null, null);
    }
}
