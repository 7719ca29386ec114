package se.stockholm.vbe.api.plan;

import se.stockholm.vbe.api.Validation;

/**
 * What an editor reports about an activity at a follow-up.
 */
public record FollowUpReport(FollowUpStatus status, String comment) {

    public FollowUpReport {
        Validation.require(status, "status");
        comment = Validation.optionalText(comment, "comment", 4_000);
    }
}
