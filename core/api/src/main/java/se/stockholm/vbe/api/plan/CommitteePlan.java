package se.stockholm.vbe.api.plan;

import java.util.List;

import se.stockholm.vbe.api.committee.CommitteeKind;

/**
 * One committee's plan inside the consolidated view, with its own follow-up summary.
 */
public record CommitteePlan(String committeeId, String committeeName, CommitteeKind committeeKind,
        ActionPlan plan, List<FollowUpTally> followUps) {

    public CommitteePlan {
        followUps = List.copyOf(followUps);
    }
}
