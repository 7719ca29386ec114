package se.stockholm.vbe.api.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many activities stand at each follow-up status in one period; activities followed up in the
 * period with nothing recorded yet count as {@code NOT_STARTED}. Statuses keep their declared order, so
 * the same counts always serialise to the same bytes.
 */
public record FollowUpTally(FollowUpPeriod period, Map<FollowUpStatus, Integer> counts) {

    public FollowUpTally {
        counts = Collections.unmodifiableMap(counts.isEmpty() ? new EnumMap<>(FollowUpStatus.class)
                : new EnumMap<>(counts));
    }
}
