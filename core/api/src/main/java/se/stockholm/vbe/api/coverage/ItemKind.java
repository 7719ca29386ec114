package se.stockholm.vbe.api.coverage;

/**
 * How a checklist item is evaluated: from the data the platform holds, or by the committee's own tick
 * where data cannot say.
 */
public enum ItemKind {
    /** The year's decided plan names the local samordnare's role ({@code coordinatorRole}). */
    COORDINATOR_APPOINTED,
    /** The year's plan was approved by kommunstyrelsen at a meeting on or before the item's deadline. */
    PLAN_APPROVED_IN_TIME,
    /** The year's decided plan has a situation picture: a section or figures the caller may see. */
    SITUATION_PICTURE_CURRENT,
    /** Every feature the item names is switched on for the committee. */
    FEATURES_ON,
    /** The year's decided plan has an activity in the item's area that names one of its terms, if it has any. */
    ACTIVITY_IN_AREA,
    /** De-identified incident reports were received for the months of the year, whatever their review. */
    INCIDENT_REPORTS_RECEIVED,
    /** The committee ticks the item itself, with a comment. */
    COMMITTEE_TICK
}
