package se.stockholm.vbe.platform.internal.plan;

import java.util.Map;
import java.util.Set;

import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.FollowUpReport;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.platform.internal.audit.Fields;

/**
 * What the audit trail shows of plans, activities and follow-ups: their content, without what the entry says
 * itself (who, when, which plan) and without what has entries of its own (follow-ups of activities).
 */
final class PlanAudit {

    static final String ACTIVITY = "activity";
    static final String FOLLOW_UP = "follow-up";
    private static final Set<String> NOT_CONTENT = Set.of("committeeId", "year", "version", "updatedAt",
            "updatedBy", "followUps", "previousOutcome");
    private static final Set<String> NOT_ACTIVITY_CONTENT = Set.of("id", "followUps", "previousOutcome");

    private PlanAudit() {
    }

    static Map<String, String> fields(ActionPlan plan) {
        return Fields.of(plan, NOT_CONTENT);
    }

    static Map<String, String> fields(Activity activity) {
        return Fields.of(activity, NOT_ACTIVITY_CONTENT);
    }

    static Map<String, String> fields(FollowUpReport report) {
        return Fields.of(report);
    }

    /**
     * Whether an entry about these plans shows confidential lägesbild content (its before → after holds the
     * sections' texts and the counts), so that it is shown only to those who may read that content.
     */
    static boolean confidential(ActionPlan... plans) {
        for (ActionPlan plan : plans) {
            SituationPicture picture = plan == null ? null : plan.situationPicture();
            if (picture != null && (picture.sections().stream().anyMatch(s -> s.classification() != Classification.PUBLIC)
                    || picture.incidents().stream().anyMatch(c -> c.classification() != Classification.PUBLIC))) {
                return true;
            }
        }
        return false;
    }

    static String followUpId(long activityId, Object period) {
        return activityId + "/" + period;
    }
}
