package se.stockholm.vbe.api.grant;

import java.util.List;

/**
 * The decision a check reaches: approve when every applicable rule passes, reject when any fails,
 * review otherwise.
 */
public enum Decision {
    APPROVE, REJECT, REVIEW;

    /** The decision the outcomes add up to. */
    public static Decision of(List<Reason> reasons) {
        if (reasons.stream().anyMatch(r -> r.outcome() == Outcome.FAIL)) {
            return REJECT;
        }
        return reasons.stream().allMatch(r -> r.outcome() == Outcome.PASS) ? APPROVE : REVIEW;
    }
}
