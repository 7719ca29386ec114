package se.stockholm.vbe.api.plan;

/**
 * How far an activity has come at a follow-up.
 */
public enum FollowUpStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED
}
