package se.stockholm.vbe.api.plan;

import java.util.List;

import se.stockholm.vbe.api.committee.CommitteeKind;

/**
 * One committee's plan inside the consolidated view, with its own follow-up summary and the decisions
 * taken on it (oldest first, without snapshots).
 */
public record CommitteePlan(String committeeId, String committeeName, CommitteeKind committeeKind,
        ActionPlan plan, List<FollowUpTally> followUps, List<PlanVersion> decisions) {

    public CommitteePlan {
        followUps = List.copyOf(followUps);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** A plan in the view without its decisions (the form before they were shown). */
    public CommitteePlan(String committeeId, String committeeName, CommitteeKind committeeKind, ActionPlan plan,
            List<FollowUpTally> followUps) {
        this(committeeId, committeeName, committeeKind, plan, followUps, List.of());
    }
}
