package se.stockholm.vbe.platform.internal.plan;

import static se.stockholm.vbe.api.plan.PlanStatus.ADOPTED;
import static se.stockholm.vbe.api.plan.PlanStatus.APPROVED;
import static se.stockholm.vbe.api.plan.PlanStatus.ARCHIVED;
import static se.stockholm.vbe.api.plan.PlanStatus.DRAFT;

import java.util.List;
import java.util.Map;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.plan.PlanStatus;

/**
 * Which status changes a plan may make, and who may make them: the committee adopts (its editors),
 * the city executive board approves (the coordinator records it), and adopted or approved plans go back
 * to draft for revision during the year.
 */
final class Lifecycle {

    /** Who may make a transition. */
    private enum Who { EDITOR, COORDINATOR }

    private record Transition(PlanStatus to, Who who) {
    }

    private static final Map<PlanStatus, List<Transition>> ALLOWED = Map.of(
            DRAFT, List.of(new Transition(ADOPTED, Who.EDITOR)),
            ADOPTED, List.of(new Transition(APPROVED, Who.COORDINATOR), new Transition(DRAFT, Who.EDITOR)),
            APPROVED, List.of(new Transition(DRAFT, Who.COORDINATOR), new Transition(ARCHIVED, Who.COORDINATOR)),
            ARCHIVED, List.of());

    private Lifecycle() {
    }

    /**
     * @throws ConflictException if the plan cannot go from {@code from} to {@code to}, naming what it can
     * @throws AccessDeniedException if the actor may not make this transition
     */
    static void check(String committeeId, PlanStatus from, PlanStatus to, Actor actor) {
        Transition transition = ALLOWED.get(from).stream().filter(t -> t.to() == to).findFirst()
                .orElseThrow(() -> new ConflictException("a " + from + " plan cannot become " + to
                        + "; allowed from " + from + ": " + allowedFrom(from)));
        boolean permitted = transition.who() == Who.COORDINATOR ? actor.isCoordinator() : actor.canEdit(committeeId);
        if (!permitted) {
            throw new AccessDeniedException(from + " → " + to + " of " + committeeId + "'s plan needs "
                    + (transition.who() == Who.COORDINATOR ? "the coordinator" : "an editor of " + committeeId
                    + " or the coordinator"));
        }
    }

    static List<PlanStatus> allowedFrom(PlanStatus from) {
        return ALLOWED.get(from).stream().map(Transition::to).toList();
    }

    /** Whether going from {@code from} to {@code to} takes a decided plan back to draft for a revision. */
    static boolean isReopening(PlanStatus from, PlanStatus to) {
        return to == DRAFT && isDecision(from);
    }

    /** Whether a transition to {@code to} is a decision that is kept as a public record. */
    static boolean isDecision(PlanStatus to) {
        return to == ADOPTED || to == APPROVED;
    }
}
