package se.stockholm.vbe.rest.internal.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.CommitteePlan;
import se.stockholm.vbe.api.plan.ConsolidatedPlans;
import se.stockholm.vbe.api.plan.FollowUp;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.rest.internal.document.PlanTerms;

/**
 * The consolidated view as one row per activity, in the order of the view (committee, then the editor's order),
 * with Swedish column names and Swedish words for every code. Each follow-up period has a status and a comment
 * column (from {@link PlanTerms#latest}): empty when the activity is not followed up in that period,
 * {@value PlanTerms#NOT_REPORTED} when it is and nothing has been reported yet.
 */
public final class ActivityTable {

    private static final List<String> HEADER = header();

    private ActivityTable() {
    }

    public static Table of(ConsolidatedPlans view) {
        List<List<Object>> rows = new ArrayList<>();
        for (CommitteePlan committee : view.plans()) {
            for (Activity activity : committee.plan().activities()) {
                List<Object> row = new ArrayList<>(Arrays.asList(committee.committeeName(),
                        committee.committeeKind() == null ? null : committee.committeeKind().label(),
                        committee.plan().year(), committee.plan().status().label(), activity.area().label(),
                        activity.title(), String.join(", ", activity.responsible()),
                        String.join(", ", activity.partners()), PlanTerms.schedule(activity.schedule())));
                for (FollowUpPeriod period : FollowUpPeriod.values()) {
                    addFollowUp(row, activity, period);
                }
                rows.add(row);
            }
        }
        return new Table(HEADER, rows);
    }

    private static void addFollowUp(List<Object> row, Activity activity, FollowUpPeriod period) {
        FollowUp reported = PlanTerms.latest(activity, period).orElse(null);
        if (reported != null) {
            row.add(reported.status().label());
            row.add(reported.comment());
        } else {
            row.add(activity.followUpIn().contains(period) ? PlanTerms.NOT_REPORTED : null);
            row.add(null);
        }
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("Nämnd", "Nämndtyp", "År", "Planstatus", "Område",
                "Aktivitet", "Ansvarig", "Samverkanspartner", "Tidplan"));
        for (FollowUpPeriod period : FollowUpPeriod.values()) {
            header.add("Uppföljning " + PlanTerms.abbreviation(period) + " status");
            header.add("Uppföljning " + PlanTerms.abbreviation(period) + " kommentar");
        }
        return List.copyOf(header);
    }
}
