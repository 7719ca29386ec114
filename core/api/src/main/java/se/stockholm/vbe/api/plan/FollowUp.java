package se.stockholm.vbe.api.plan;

import java.time.Instant;

/**
 * A recorded follow-up of one activity in one period.
 */
public record FollowUp(FollowUpPeriod period, FollowUpStatus status, String comment, String recordedBy,
        Instant recordedAt) {
}
