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
 */
public record CommitteeInfo(String id, String name, CommitteeKind kind, boolean online, String bundle,
        String bundleVersion, Instant lastSeen, List<String> features) {

    public CommitteeInfo {
        features = List.copyOf(features);
    }
}
