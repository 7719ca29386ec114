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
 * @param revision on the decided version of a plan taken back to draft: the revision under way; else
 *        {@code null}
 * @param revisedFrom the year of the plan this one was made from by a yearly revision ({@link PlanService#revise});
 *        {@code null} for a plan written from scratch. Such a plan starts without incident counts: a new lägesbild
 *        is needed
 */
public record ActionPlan(String committeeId, int year, PlanStatus status, long version, String coordinatorRole,
        String nextRevision, SituationPicture situationPicture, List<Activity> activities, Instant updatedAt,
        String updatedBy, PlanRevision revision, Integer revisedFrom) {

    public ActionPlan {
        activities = List.copyOf(activities);
    }

    /** A plan not made by a yearly revision (the form before revisions were linked). */
    public ActionPlan(String committeeId, int year, PlanStatus status, long version, String coordinatorRole,
            String nextRevision, SituationPicture situationPicture, List<Activity> activities, Instant updatedAt,
            String updatedBy, PlanRevision revision) {
        this(committeeId, year, status, version, coordinatorRole, nextRevision, situationPicture, activities,
                updatedAt, updatedBy, revision, null);
    }

    /** A plan that is not under revision (the form before revisions were marked). */
    public ActionPlan(String committeeId, int year, PlanStatus status, long version, String coordinatorRole,
            String nextRevision, SituationPicture situationPicture, List<Activity> activities, Instant updatedAt,
            String updatedBy) {
        this(committeeId, year, status, version, coordinatorRole, nextRevision, situationPicture, activities,
                updatedAt, updatedBy, null, null);
    }

    /** This plan with other activities. */
    public ActionPlan withActivities(List<Activity> replaced) {
        return new ActionPlan(committeeId, year, status, version, coordinatorRole, nextRevision, situationPicture,
                replaced, updatedAt, updatedBy, revision, revisedFrom);
    }

    /** This plan with another situation picture (as one audience may see it). */
    public ActionPlan withSituationPicture(SituationPicture shown) {
        return new ActionPlan(committeeId, year, status, version, coordinatorRole, nextRevision, shown, activities,
                updatedAt, updatedBy, revision, revisedFrom);
    }

    /** This plan marked as the decided version of a plan under revision. */
    public ActionPlan underRevision(PlanRevision underWay) {
        return new ActionPlan(committeeId, year, status, version, coordinatorRole, nextRevision, situationPicture,
                activities, updatedAt, updatedBy, underWay, revisedFrom);
    }

    /** The editable part of this plan. */
    public PlanDocument document() {
        return new PlanDocument(coordinatorRole, nextRevision, situationPicture, activities);
    }
}
