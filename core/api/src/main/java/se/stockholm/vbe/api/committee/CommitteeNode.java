package se.stockholm.vbe.api.committee;

import java.time.Instant;

/**
 * What one node of the installation has of a committee's bundle, as it last reported.
 *
 * @param node the node's id (its configured {@code nodeId}, by default host name and HTTP port)
 * @param bundleVersion the version of the committee's bundle on that node, last it had one
 * @param online whether the bundle is online there now (the node's heartbeat is recent and it reports it online)
 * @param lastSeen the node's last heartbeat, {@code null} once it stopped cleanly
 */
public record CommitteeNode(String node, String bundleVersion, boolean online, Instant lastSeen) {
}
