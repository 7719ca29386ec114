package se.stockholm.vbe.platform.internal.plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.FollowUp;

/**
 * The version the public reads of a plan under revision: its last decision's snapshot, with the
 * follow-ups reported on it since (the snapshot holds those known when it was decided), marked with
 * the revision under way.
 */
final class DecidedVersions {

    private final PlanStore store;

    DecidedVersions(PlanStore store) {
        this.store = store;
    }

    /** The decided version of a plan under revision; empty if it was never decided. */
    Optional<ActionPlan> of(Connection connection, PlanRow row) throws SQLException {
        Optional<PlanStore.StoredVersion> latest = store.latestVersion(connection, row.committeeId(), row.year());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        ActionPlan decided = PlanSnapshots.read(latest.get().snapshot(), latest.get().unmarked());
        Map<Long, List<FollowUp>> current = store.currentFollowUps(connection, row.committeeId(), row.year());
        List<Activity> activities = decided.activities().stream()
                .map(a -> a.withFollowUps(current.getOrDefault(a.id(), a.followUps()), a.previousOutcome())).toList();
        return Optional.of(decided.withActivities(activities).underRevision(row.revision()));
    }
}
