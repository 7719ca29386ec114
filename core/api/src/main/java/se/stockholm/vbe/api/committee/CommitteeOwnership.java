package se.stockholm.vbe.api.committee;

import java.time.Instant;

/**
 * Which bundle owns a committee id: the only bundle whose committee service, rules and shipped plans the
 * platform accepts for that committee. The first bundle to register the id becomes its owner; after that
 * only the coordinator transfers it.
 *
 * @param committeeId the committee
 * @param bundle the owning bundle's symbolic name
 * @param since when it became the owner
 * @param assignedBy who made it the owner: {@code bundle:<symbolic name>} for the first registration, else a user
 */
public record CommitteeOwnership(String committeeId, String bundle, Instant since, String assignedBy) {
}
