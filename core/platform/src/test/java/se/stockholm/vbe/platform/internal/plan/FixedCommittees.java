package se.stockholm.vbe.platform.internal.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.spi.ActivityTemplate;

/**
 * A directory of committees fixed for a test, standing in for the committee bundles.
 */
public final class FixedCommittees implements CommitteeDirectory {

    private final List<CommitteeInfo> committees;

    public FixedCommittees(CommitteeInfo... committees) {
        this.committees = List.of(committees);
    }

    public static CommitteeInfo committee(String id, CommitteeKind kind) {
        return new CommitteeInfo(id, id + " nämnd", kind, true, "test", "1.0.0", Instant.now(), List.of());
    }

    @Override
    public List<CommitteeInfo> committees() {
        return committees;
    }

    @Override
    public Optional<CommitteeInfo> committee(String id) {
        return committees.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public List<ActivityTemplate> catalogue(String id) {
        return List.of();
    }
}
