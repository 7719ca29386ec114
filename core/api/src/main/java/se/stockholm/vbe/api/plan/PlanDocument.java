package se.stockholm.vbe.api.plan;

import java.util.List;

import se.stockholm.vbe.api.Validation;

/**
 * What an editor writes for a plan: everything but the committee, year, status and version.
 *
 * @param coordinatorRole the local coordinator's role or unit (never a private person's name)
 * @param nextRevision when the plan is to be revised next, e.g. "Tertialrapport 1 2020"
 * @param situationPicture the lägesbild
 * @param activities in the order given; an activity with the {@code id} of one already in the plan
 *        replaces it and keeps its follow-ups; follow-ups sent here are ignored
 */
public record PlanDocument(String coordinatorRole, String nextRevision, SituationPicture situationPicture,
        List<Activity> activities) {

    public PlanDocument {
        coordinatorRole = Validation.requireLine(coordinatorRole, "coordinatorRole", 200);
        nextRevision = Validation.optionalText(nextRevision, "nextRevision", 200);
        situationPicture = situationPicture == null ? SituationPicture.EMPTY : situationPicture;
        activities = Validation.list(activities, "activities");
    }

}
