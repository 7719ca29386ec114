package se.stockholm.vbe.platform.internal.committee;

import java.util.List;

import se.stockholm.vbe.api.committee.CommitteeContact;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.GrantWindow;
import se.stockholm.vbe.spi.ActivityTemplate;

/**
 * What one online committee service contributed, read once when it arrived.
 */
record Contribution(long serviceId, CommitteeInfo info, List<ActivityTemplate> catalogue,
        List<CommitteeContact> contacts, List<GrantWindow> grantWindows) {
}
