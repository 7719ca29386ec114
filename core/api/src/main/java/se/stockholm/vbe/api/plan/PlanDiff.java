package se.stockholm.vbe.api.plan;

import java.util.List;

/**
 * What changed between a committee's plan of one year and its plan of an earlier year, computed from the two plans
 * as the caller may read them: it shows nothing of either plan that the caller could not read in the plan itself.
 *
 * @param committeeId the committee
 * @param year the newer plan's year
 * @param against the older plan's year
 * @param activities every activity of either plan: carried over unchanged or changed, new, or dropped; in the newer
 *        plan's order, the dropped ones last in the older plan's order
 * @param sections the lägesbild sections, matched by title, in the same order
 * @param incidents the incident counts of either plan, per {@link IncidentCount#key() key}, in the same order
 * @param previousFollowUps the older plan's follow-up summary per period
 */
public record PlanDiff(String committeeId, int year, int against, List<ActivityDiff> activities,
        List<SectionDiff> sections, List<IncidentDiff> incidents, List<FollowUpTally> previousFollowUps) {

    public PlanDiff {
        activities = List.copyOf(activities);
        sections = List.copyOf(sections);
        incidents = List.copyOf(incidents);
        previousFollowUps = List.copyOf(previousFollowUps);
    }

    /** How a part of the newer plan stands to the older: for activities, ADDED is new and REMOVED dropped. */
    public enum Change {
        UNCHANGED, CHANGED, ADDED, REMOVED
    }

    /** How an activity of the newer plan was matched to one of the older. */
    public enum Match {
        /** the revision linked it ({@link Activity#predecessorId()}) */
        PREDECESSOR,
        /** both were made from the same catalogue template */
        TEMPLATE,
        /** both have exactly the same title */
        TITLE
    }

    /**
     * One activity.
     *
     * @param change carried over unchanged or changed, new ({@code ADDED}) or dropped ({@code REMOVED})
     * @param id the activity in the newer plan; {@code null} when dropped
     * @param previousId the activity in the older plan; {@code null} when new
     * @param title its title in the newer plan, or in the older when dropped
     * @param matchedBy how the two were matched; {@code null} for a new or dropped activity
     * @param fields for a changed activity the fields that differ; a schedule counts as unchanged when it is the
     *        older one moved by the years between the plans
     * @param previousOutcome the older activity's current follow-ups, as in its plan
     */
    public record ActivityDiff(Change change, Long id, Long previousId, String title, Match matchedBy,
            List<FieldChange> fields, List<FollowUp> previousOutcome) {

        public ActivityDiff {
            fields = fields == null ? List.of() : List.copyOf(fields);
            previousOutcome = previousOutcome == null ? List.of() : List.copyOf(previousOutcome);
        }
    }

    /**
     * One field of an activity that differs, as text: lists joined with {@code ", "}, a schedule as
     * {@code 2019-03..2019-10} or {@code löpande}; {@code null} for an absent value.
     */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * One lägesbild section, matched by title.
     *
     * @param change unchanged, changed (text or classification), added or removed
     * @param title the heading
     * @param classification the newer section's classification, or the older's when removed
     */
    public record SectionDiff(Change change, String title, Classification classification) {
    }

    /**
     * One incident count, per key: {@code before} absent when added, {@code after} absent when removed.
     *
     * @param key the {@link IncidentCount#key() key}
     * @param before the older plan's count; {@code null} when it had none for the key
     * @param after the newer plan's count; {@code null} when it has none for the key
     */
    public record IncidentDiff(Change change, String key, Environment environment, IncidentType type,
            InformationSource source, Tertial period, PlaceType placeType, Integer before, Integer after) {
    }
}
