package se.stockholm.vbe.rest.internal.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.CommitteePlan;
import se.stockholm.vbe.api.plan.ConsolidatedPlans;
import se.stockholm.vbe.api.plan.FollowUp;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.Schedule;

/**
 * The consolidated view as one row per activity, in the order of the view (committee, then the editor's order),
 * with Swedish column names and Swedish words for every code. Each follow-up period has a status and a comment
 * column: empty when the activity is not followed up in that period, {@value #NOT_REPORTED} when it is and nothing
 * has been reported yet.
 */
public final class ActivityTable {

    static final String NOT_REPORTED = "Ej rapporterad";
    static final String ONGOING = "Löpande";
    private static final List<String> HEADER = List.of("Nämnd", "Nämndtyp", "År", "Planstatus", "Område",
            "Aktivitet", "Ansvarig", "Samverkanspartner", "Tidplan",
            "Uppföljning T1 status", "Uppföljning T1 kommentar", "Uppföljning T2 status", "Uppföljning T2 kommentar",
            "Uppföljning VB status", "Uppföljning VB kommentar");

    private ActivityTable() {
    }

    public static Table of(ConsolidatedPlans view) {
        List<List<Object>> rows = new ArrayList<>();
        for (CommitteePlan committee : view.plans()) {
            for (Activity activity : committee.plan().activities()) {
                List<Object> row = new ArrayList<>(Arrays.asList(committee.committeeName(),
                        committee.committeeKind() == null ? null : committee.committeeKind().label(),
                        committee.plan().year(), SwedishLabels.of(committee.plan().status()), activity.area().label(),
                        activity.title(), String.join(", ", activity.responsible()),
                        String.join(", ", activity.partners()), schedule(activity.schedule())));
                for (FollowUpPeriod period : FollowUpPeriod.values()) {
                    addFollowUp(row, activity, period);
                }
                rows.add(row);
            }
        }
        return new Table(HEADER, rows);
    }

    private static void addFollowUp(List<Object> row, Activity activity, FollowUpPeriod period) {
        FollowUp reported = activity.followUps().stream().filter(followUp -> followUp.period() == period)
                .reduce((earlier, later) -> later).orElse(null);
        if (reported != null) {
            row.add(SwedishLabels.of(reported.status()));
            row.add(reported.comment());
        } else {
            row.add(activity.followUpIn().contains(period) ? NOT_REPORTED : null);
            row.add(null);
        }
    }

    /** {@code 2019-03 – 2019-10}, or {@value #ONGOING}: months in ISO form, which sort and filter in Excel. */
    static String schedule(Schedule schedule) {
        return schedule.ongoing() ? ONGOING : schedule.start() + " – " + schedule.end();
    }
}
