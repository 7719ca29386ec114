package se.stockholm.vbe.api.plan;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;

/**
 * Keeps the committees' action plans. Implemented by the platform; thread-safe. Every change runs in
 * one transaction and either happens whole or not at all. Methods block on the database.
 *
 * <p>Errors: {@link se.stockholm.vbe.api.NotFoundException} for an unknown committee or plan (and for a
 * draft the actor may not see), {@link se.stockholm.vbe.api.AccessDeniedException} when the actor lacks
 * the role, {@link se.stockholm.vbe.api.ConflictException} for a change the plan's status does not allow,
 * {@link se.stockholm.vbe.api.PreconditionFailedException} for a stale version,
 * {@link se.stockholm.vbe.api.InvalidInputException} for input that breaks a rule.
 */
@ProviderType
public interface PlanService {

    int MIN_YEAR = 2000;
    int MAX_YEAR = 2100;

    /**
     * The platform's check of a plan year, for every service that takes one.
     *
     * @throws InvalidInputException naming {@code year} outside {@link #MIN_YEAR} to
     *         {@link #MAX_YEAR}
     */
    static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInputException("year", "must be between " + MIN_YEAR + " and "
                    + MAX_YEAR + " (was " + year + ")");
        }
    }

    /** The committee's plans the actor may see, newest year first. */
    List<PlanSummary> plans(String committeeId, Actor actor);

    /**
     * One plan. Those who may see drafts get the plan as it is (a draft under revision included); the
     * others get a public plan as it is, and of a decided plan taken back to draft its last decided
     * version, marked with the {@link ActionPlan#revision() revision} under way.
     */
    ActionPlan plan(String committeeId, int year, Actor actor);

    /**
     * The plan as last decided, for anyone who may read the plan: of a plan under revision its decided
     * version with the revision marker, of a plan that is not the plan itself;
     * {@link se.stockholm.vbe.api.NotFoundException} for a draft that was never decided.
     */
    ActionPlan decided(String committeeId, int year, Actor actor);

    /** Creates a draft; {@link se.stockholm.vbe.api.PreconditionRequiredException} if the plan exists. */
    ActionPlan create(String committeeId, int year, PlanDocument document, Actor actor);

    /** Replaces a draft, provided it is still at {@code expectedVersion}. */
    ActionPlan replace(String committeeId, int year, PlanDocument document, long expectedVersion, Actor actor);

    /** Appends an activity to a draft; returns the plan with it. */
    ActionPlan addActivity(String committeeId, int year, Activity activity, Actor actor);

    /**
     * Appends an activity made from a template of the committee's catalogue ({@code templateId}), filled in from it
     * with its schedule in the plan's year; returns the plan with it. A template the committee's catalogue does not
     * hold (or a committee that is offline, whose catalogue is not there) is an
     * {@link se.stockholm.vbe.api.InvalidInputException} naming {@code templateId}.
     */
    ActionPlan addActivityFromTemplate(String committeeId, int year, String templateId, Actor actor);

    /** Replaces one activity of a draft, keeping its follow-ups. */
    ActionPlan replaceActivity(String committeeId, int year, long activityId, Activity activity, Actor actor);

    /** Removes an activity and its follow-ups from a draft. */
    ActionPlan removeActivity(String committeeId, int year, long activityId, Actor actor);

    /**
     * Records the follow-up of an activity of an adopted or approved plan in one of its periods, as a new
     * report: earlier reports are kept in its history and the newest is the current one.
     */
    ActionPlan recordFollowUp(String committeeId, int year, long activityId, FollowUpPeriod period,
            FollowUpReport report, Actor actor);

    /** Every report of an activity in a period, oldest first; for anyone who may read the plan. */
    List<FollowUp> followUpHistory(String committeeId, int year, long activityId, FollowUpPeriod period,
            Actor actor);

    /**
     * Moves a plan through its lifecycle. Adopting and approving are decisions: they require the meeting
     * date (not in the future), the diarienummer and the paragraph, and keep a snapshot in the plan's
     * versions. Taking a decided plan back to draft starts a revision: the decided version stays public
     * until the draft is decided again. For the other transitions the record is optional.
     */
    ActionPlan transition(String committeeId, int year, PlanStatus to, DecisionRecord decision, Actor actor);

    /** A transition without a decision record: refused for adopting and approving, which require one. */
    default ActionPlan transition(String committeeId, int year, PlanStatus to, Actor actor) {
        return transition(committeeId, year, to, DecisionRecord.NONE, actor);
    }

    /** Creates next year's draft from this plan: the same activities without follow-ups. */
    ActionPlan revise(String committeeId, int year, Actor actor);

    /** The decisions taken on a plan, oldest first, without the snapshots. */
    List<PlanVersion> versions(String committeeId, int year, Actor actor);

    /** One decision with the plan as it was decided. */
    PlanVersion version(String committeeId, int year, int number, Actor actor);

    /** Every committee's plan for a year that matches the filter and the actor may see. */
    ConsolidatedPlans consolidated(int year, PlanFilter filter, Actor actor);

    /**
     * A number that changes whenever any plan data changes, so that callers can cache what they
     * derive from the plans.
     */
    long generation();
}
