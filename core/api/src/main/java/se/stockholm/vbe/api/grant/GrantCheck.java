package se.stockholm.vbe.api.grant;

import java.time.Instant;
import java.util.List;

/**
 * A stored check of an application and the decision it reached.
 *
 * @param id the check's id
 * @param committeeId the committee that ran it
 * @param application what was checked
 * @param decision approve, reject or review
 * @param reasons every applicable rule's id, outcome and message
 * @param checkedAt when
 * @param checkedBy who ran it
 * @param reclaim a reclaim recorded afterwards; {@code null} if none
 */
public record GrantCheck(long id, String committeeId, Application application, Decision decision,
        List<Reason> reasons, Instant checkedAt, String checkedBy, Reclaim reclaim) {

    public GrantCheck {
        reasons = List.copyOf(reasons);
    }
}
