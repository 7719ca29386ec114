package se.stockholm.vbe.platform.internal.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.Audience;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.plan.AcceptedReportTotals;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.CitySummary;
import se.stockholm.vbe.api.plan.CommitteePlan;
import se.stockholm.vbe.api.plan.ConsolidatedPlans;
import se.stockholm.vbe.api.plan.FollowUp;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.FollowUpStatus;
import se.stockholm.vbe.api.plan.FollowUpTally;
import se.stockholm.vbe.api.plan.PlanFilter;
import se.stockholm.vbe.platform.internal.secrecy.Disclosure;
import se.stockholm.vbe.api.plan.PlanVersion;

/**
 * Builds the consolidated view of a year from the stored plans: what the actor may see, narrowed by
 * the filter, with each committee's follow-up summary and the city-wide summary. Each plan's situation
 * picture and the city-wide incident figures are as {@link Disclosure} shows them to the actor.
 */
final class ConsolidatedViews {

    private ConsolidatedViews() {
    }

    /**
     * @param decided the decided versions of the year's plans under revision, by committee: what those who
     *        may not see the draft read instead
     * @param decisions the decisions on the year's plans, by committee
     * @param acceptedReports the city's accepted incident reports as the actor may see them
     */
    static ConsolidatedPlans build(int year, List<ActionPlan> plans, Map<String, ActionPlan> decided,
            Map<String, List<PlanVersion>> decisions, List<CommitteeInfo> committees, PlanFilter filter,
            Actor actor, Disclosure disclosure, AcceptedReportTotals acceptedReports) {
        Audience audience = actor.audience();
        Map<String, CommitteeInfo> byId = new java.util.HashMap<>();
        committees.forEach(c -> byId.put(c.id(), c));
        List<CommitteePlan> shown = new ArrayList<>();
        Set<String> withPlan = new TreeSet<>();
        for (ActionPlan stored : plans) {
            CommitteeInfo committee = byId.get(stored.committeeId());
            ActionPlan plan = readable(stored, decided.get(stored.committeeId()), actor);
            if (committee == null || plan == null || !matches(plan, committee, filter)) {
                continue;
            }
            ActionPlan shownPlan = disclosure.shown(plan, audience);
            ActionPlan narrowed = filter.area() == null ? shownPlan : withArea(shownPlan, filter.area());
            shown.add(new CommitteePlan(committee.id(), committee.name(), committee.kind(), narrowed,
                    tallies(narrowed.activities()), decisions.getOrDefault(committee.id(), List.of())));
            withPlan.add(committee.id());
        }
        List<String> without = committees.stream()
                .filter(c -> filter.committeeKind() == null || c.kind() == filter.committeeKind())
                .map(CommitteeInfo::id).filter(id -> !withPlan.contains(id)).sorted().toList();
        List<Activity> all = shown.stream().flatMap(p -> p.plan().activities().stream()).toList();
        Map<Area, Integer> perArea = new EnumMap<>(Area.class);
        all.forEach(a -> perArea.merge(a.area(), 1, Integer::sum));
        List<ActionPlan> known = plans.stream().filter(p -> byId.containsKey(p.committeeId())).toList();
        CitySummary summary = new CitySummary(year, shown.size(), all.size(), perArea, tallies(all), without,
                disclosure.cityWide(known.stream().filter(p -> visible(p, actor)).toList(),
                        known.stream().filter(p -> visible(p, Actor.anonymous())).toList(), audience),
                acceptedReports);
        return new ConsolidatedPlans(year, shown, summary);
    }

    /**
     * What the actor reads of a stored plan: the plan, marked when it is a draft under revision; for those
     * who may not see it, the decided version of a plan under revision; {@code null} for nothing.
     */
    private static ActionPlan readable(ActionPlan stored, ActionPlan decided, Actor actor) {
        if (visible(stored, actor)) {
            return decided == null ? stored : stored.underRevision(decided.revision());
        }
        return decided;
    }

    static boolean visible(ActionPlan plan, Actor actor) {
        return plan.status().isPublic() || actor.canSeeDrafts(plan.committeeId());
    }

    private static boolean matches(ActionPlan plan, CommitteeInfo committee, PlanFilter filter) {
        return (filter.status() == null || plan.status() == filter.status())
                && (filter.committeeKind() == null || committee.kind() == filter.committeeKind());
    }

    private static ActionPlan withArea(ActionPlan plan, Area area) {
        return plan.withActivities(plan.activities().stream().filter(a -> a.area() == area).toList());
    }

    /** Per period, how the activities followed up in it stand; nothing recorded counts as not started. */
    static List<FollowUpTally> tallies(List<Activity> activities) {
        List<FollowUpTally> tallies = new ArrayList<>();
        for (FollowUpPeriod period : FollowUpPeriod.values()) {
            Map<FollowUpStatus, Integer> counts = new EnumMap<>(FollowUpStatus.class);
            for (FollowUpStatus status : FollowUpStatus.values()) {
                counts.put(status, 0);
            }
            for (Activity activity : activities) {
                if (activity.followUpIn().contains(period)) {
                    FollowUpStatus status = recorded(activity, period).map(FollowUp::status)
                            .orElse(FollowUpStatus.NOT_STARTED);
                    counts.merge(status, 1, Integer::sum);
                }
            }
            tallies.add(new FollowUpTally(period, counts));
        }
        return tallies;
    }

    private static Optional<FollowUp> recorded(Activity activity, FollowUpPeriod period) {
        return activity.followUps().stream().filter(f -> f.period() == period).findFirst();
    }
}
