package se.stockholm.vbe.api.plan;

import java.util.Map;

/**
 * How many activities stand at each follow-up status in one period; activities followed up in the
 * period with nothing recorded yet count as {@code NOT_STARTED}.
 */
public record FollowUpTally(FollowUpPeriod period, Map<FollowUpStatus, Integer> counts) {

    public FollowUpTally {
        counts = Map.copyOf(counts);
    }
}
