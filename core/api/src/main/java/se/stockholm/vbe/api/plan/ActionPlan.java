package se.stockholm.vbe.api.plan;

import java.time.Instant;
import java.util.List;

/**
 * A committee's action plan for one year, as stored.
 *
 * @param committeeId the committee
 * @param year the plan year
 * @param status where it is in its lifecycle
 * @param version increases with every change; the basis of ETags and optimistic locking
 * @param coordinatorRole the local coordinator's role or unit
 * @param nextRevision when it is to be revised next
 * @param situationPicture the lägesbild
 * @param activities in the order the editor gave
 * @param updatedAt when it last changed
 * @param updatedBy who changed it last
 */
public record ActionPlan(String committeeId, int year, PlanStatus status, long version, String coordinatorRole,
        String nextRevision, SituationPicture situationPicture, List<Activity> activities, Instant updatedAt,
        String updatedBy) {

    public ActionPlan {
        activities = List.copyOf(activities);
    }

    /** The editable part of this plan. */
    public PlanDocument document() {
        return new PlanDocument(coordinatorRole, nextRevision, situationPicture, activities);
    }
}
