package se.stockholm.vbe.platform.internal.committee;

import java.util.List;

import se.stockholm.vbe.api.committee.CommitteeContact;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.GrantWindow;
import se.stockholm.vbe.spi.ActivityTemplate;

/**
 * A snapshot of what one online committee service offered, read once when it arrived (not to be confused with a
 * specialist committee's contribution to a district, {@code api.contribution}).
 */
record CommitteeSnapshot(long serviceId, CommitteeInfo info, List<ActivityTemplate> catalogue,
        List<CommitteeContact> contacts, List<GrantWindow> grantWindows) {
}
