package se.stockholm.vbe.platform.internal.coverage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.feature.FeatureState;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.PlanVersion;

/**
 * What the evaluators may look at for one committee and year, all read as the caller may read it: the plan as
 * last decided (with the situation picture that caller's audience gets), its decisions, the committee's features,
 * its ticks and how many incident reports it received. Nothing else of the platform reaches an evaluator.
 *
 * @param seesEverything whether the caller may read the committee's confidential parts
 * @param reportsReceived how many de-identified incident reports the committee received for the year's months
 */
record CommitteeFacts(CommitteeInfo committee, int year, Optional<ActionPlan> decided, List<PlanVersion> decisions,
        List<FeatureState> features, Map<String, StoredTick> ticks, boolean seesEverything, int reportsReceived) {
}
