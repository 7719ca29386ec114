package se.stockholm.vbe.api.plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An immutable record of a plan as it was adopted or approved: a public record.
 *
 * @param number 1 for the first decision on this plan, then 2, …
 * @param status the status decided
 * @param decidedAt when the decision was recorded
 * @param decidedBy by whom (the user who recorded the decision)
 * @param plan the plan as it was decided; {@code null} in listings
 * @param meetingDate the day of the meeting that decided it; {@code null} for decisions recorded before
 *        meetings were, and for shipped plans that do not say
 * @param diaryNumber the case's diarienummer, e.g. {@code 1.2.3-456/2019}; {@code null} as above
 * @param paragraph the paragraph of the minutes, e.g. {@code § 12}; {@code null} as above
 */
public record PlanVersion(int number, PlanStatus status, Instant decidedAt, String decidedBy, ActionPlan plan,
        LocalDate meetingDate, String diaryNumber, String paragraph) {

    /** A decision without its meeting, diarienummer and paragraph (the form before they were recorded). */
    public PlanVersion(int number, PlanStatus status, Instant decidedAt, String decidedBy, ActionPlan plan) {
        this(number, status, decidedAt, decidedBy, plan, null, null, null);
    }

    /** This decision with the plan as decided. */
    public PlanVersion withPlan(ActionPlan decided) {
        return new PlanVersion(number, status, decidedAt, decidedBy, decided, meetingDate, diaryNumber, paragraph);
    }
}
