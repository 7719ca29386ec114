package se.stockholm.vbe.api.committee;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.spi.ActivityTemplate;

/**
 * Every committee the platform has ever seen, and the catalogues of those online. Implemented by the
 * platform; thread-safe; reads a snapshot and never blocks on committee bundles.
 */
@ProviderType
public interface CommitteeDirectory {

    /** All committees, ordered by id. */
    List<CommitteeInfo> committees();

    /** One committee. */
    Optional<CommitteeInfo> committee(String id);

    /**
     * The activity catalogue of an online committee; empty for one that is offline.
     *
     * @throws se.stockholm.vbe.api.NotFoundException for a committee never seen
     */
    List<ActivityTemplate> catalogue(String id);

    /**
     * Which nodes of the installation have which committee's bundle, by committee id, as the nodes last
     * reported to the shared database; one query, may block on the database.
     *
     * @throws se.stockholm.vbe.api.UnavailableException if the database cannot be read
     */
    default Map<String, List<CommitteeNode>> nodes() {
        return Map.of();
    }

    /**
     * The local contacts an online committee gave (its samordnare, the local police function); empty for one that
     * is offline or gave none. Reads a snapshot, never blocks.
     *
     * @throws se.stockholm.vbe.api.NotFoundException for a committee never seen
     */
    default List<CommitteeContact> contacts(String id) {
        return List.of();
    }

    /**
     * The grant application windows an online committee's bundle gave (the same days every year); empty for one
     * that is offline, gave none or was never seen (callers that must tell an unknown committee apart look it up
     * with {@link #committee(String)}). Reads a snapshot, never blocks.
     */
    default List<GrantWindow> grantWindows(String id) {
        return List.of();
    }
}
