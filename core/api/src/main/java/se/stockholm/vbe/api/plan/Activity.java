package se.stockholm.vbe.api.plan;

import java.util.LinkedHashSet;
import java.util.List;

import se.stockholm.vbe.api.Validation;

/**
 * An activity in a plan: what, who is responsible, when, and how it is followed up.
 * Editors send it without {@code id} and {@code followUps}; the platform fills them in.
 *
 * @param id the platform's id; {@code null} for a new activity, or the id of the activity it replaces
 * @param title what the activity is
 * @param description more about it; may be absent
 * @param area the kind of work
 * @param responsible the responsible roles or units (ansvarig), never private persons
 * @param partners collaboration partners (samverkan)
 * @param schedule when it runs (tidplan)
 * @param frequency how often, in free text, e.g. "Var 6:e vecka"; may be absent
 * @param followUpIn the reports it is followed up in; at least one
 * @param followUpSystem the system it is followed up in, e.g. "ILS"; may be absent
 * @param templateId the catalogue template it was made from; may be absent
 * @param followUps the follow-ups recorded so far (read only)
 * @param predecessorId the activity of last year's plan this one was carried over from by a revision; {@code null}
 *        for an activity new this year (read only: set by the revision, kept when the activity is edited)
 * @param previousOutcome the predecessor's outcome, "status på föregående års åtgärder": its current follow-up in
 *        each period as it stood at the revision (read only; empty for an activity without a predecessor)
 */
public record Activity(Long id, String title, String description, Area area, List<String> responsible,
        List<String> partners, Schedule schedule, String frequency, List<FollowUpPeriod> followUpIn,
        String followUpSystem, String templateId, List<FollowUp> followUps, Long predecessorId,
        List<FollowUp> previousOutcome) {

    public Activity {
        title = Validation.requireLine(title, "title", 300);
        description = Validation.optionalText(description, "description", 8_000);
        Validation.require(area, "area");
        responsible = Validation.lines(responsible, "responsible", 200);
        if (responsible.isEmpty()) {
            throw new IllegalArgumentException("responsible needs at least one role");
        }
        partners = Validation.lines(partners, "partners", 200);
        Validation.require(schedule, "schedule");
        frequency = Validation.optionalText(frequency, "frequency", 100);
        followUpIn = List.copyOf(new LinkedHashSet<>(Validation.list(followUpIn, "followUpIn")));
        if (followUpIn.isEmpty()) {
            throw new IllegalArgumentException("followUpIn needs at least one of T1, T2, ANNUAL_REPORT");
        }
        followUpSystem = Validation.optionalText(followUpSystem, "followUpSystem", 100);
        templateId = Validation.optionalText(templateId, "templateId", 100);
        followUps = Validation.list(followUps, "followUps");
        previousOutcome = Validation.list(previousOutcome, "previousOutcome");
    }

    /** An activity that was not carried over (the form before revisions linked activities). */
    public Activity(Long id, String title, String description, Area area, List<String> responsible,
            List<String> partners, Schedule schedule, String frequency, List<FollowUpPeriod> followUpIn,
            String followUpSystem, String templateId, List<FollowUp> followUps) {
        this(id, title, description, area, responsible, partners, schedule, frequency, followUpIn, followUpSystem,
                templateId, followUps, null, List.of());
    }

    /** The same activity as a new one: no id, nothing recorded, no predecessor. */
    public Activity asNew() {
        return new Activity(null, title, description, area, responsible, partners, schedule, frequency,
                followUpIn, followUpSystem, templateId, List.of());
    }

    /**
     * This activity carried into next year's plan as a new one: no id, nothing recorded, linked to this one
     * as its predecessor, with its schedule moved on by {@code years}.
     */
    public Activity carriedOver(int years) {
        return new Activity(null, title, description, area, responsible, partners, schedule.movedBy(years), frequency,
                followUpIn, followUpSystem, templateId, List.of(), id, List.of());
    }

    /** This activity with other follow-ups and another previous outcome (as read). */
    public Activity withFollowUps(List<FollowUp> current, List<FollowUp> previous) {
        return new Activity(id, title, description, area, responsible, partners, schedule, frequency, followUpIn,
                followUpSystem, templateId, current, predecessorId, previous);
    }
}
