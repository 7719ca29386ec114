package se.stockholm.vbe.api.committee;

import java.time.Instant;
import java.util.List;

/**
 * A committee the platform has seen, online or not.
 *
 * @param id stable slug, e.g. {@code rinkeby-kista}
 * @param name official name, e.g. "Rinkeby-Kista stadsdelsnämnd"
 * @param kind district or specialist committee
 * @param online whether its bundle is running now
 * @param bundle the symbolic name of the bundle that contributed it last
 * @param bundleVersion that bundle's version
 * @param lastSeen when its bundle last came online
 * @param features the features the coordinator has enabled for it
 * @param nodes which nodes of the installation have its bundle, in which version (empty where not asked for);
 *        {@code online} and {@code bundleVersion} are this node's
 * @param quarantine the coordinator's quarantine of its bundle; {@code null} when it is not in quarantine
 */
public record CommitteeInfo(String id, String name, CommitteeKind kind, boolean online, String bundle,
        String bundleVersion, Instant lastSeen, List<String> features, List<CommitteeNode> nodes,
        CommitteeQuarantine quarantine) {

    public CommitteeInfo {
        features = List.copyOf(features);
        nodes = List.copyOf(nodes);
    }

    /** A committee not in quarantine (the constructor of version 1.2 of this package). */
    public CommitteeInfo(String id, String name, CommitteeKind kind, boolean online, String bundle,
            String bundleVersion, Instant lastSeen, List<String> features, List<CommitteeNode> nodes) {
        this(id, name, kind, online, bundle, bundleVersion, lastSeen, features, nodes, null);
    }

    /** A committee without the node list. */
    public CommitteeInfo(String id, String name, CommitteeKind kind, boolean online, String bundle,
            String bundleVersion, Instant lastSeen, List<String> features) {
        this(id, name, kind, online, bundle, bundleVersion, lastSeen, features, List.of(), null);
    }

    /** This committee with {@code nodes} as its node list. */
    public CommitteeInfo withNodes(List<CommitteeNode> nodes) {
        return new CommitteeInfo(id, name, kind, online, bundle, bundleVersion, lastSeen, features, nodes, quarantine);
    }

    /** This committee with {@code quarantine} as its quarantine ({@code null}: not in quarantine). */
    public CommitteeInfo withQuarantine(CommitteeQuarantine quarantine) {
        return new CommitteeInfo(id, name, kind, online, bundle, bundleVersion, lastSeen, features, nodes, quarantine);
    }
}
