package se.stockholm.vbe.api.committee;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;

/**
 * The coordinator's quarantine of committee bundles. Implemented by the platform; thread-safe; every call reads
 * or writes the database, and a change also stops or starts the committee's bundle on this node (other nodes
 * follow within their heartbeat).
 */
@ProviderType
public interface CommitteeQuarantines {

    /**
     * Puts the committee's bundle in quarantine: it is stopped, not removed, and nothing else is refreshed.
     * Quarantining a committee already in quarantine changes nothing and gives the quarantine as it is. Audited.
     *
     * @param reason free text, may be {@code null}; checked for personal identity numbers
     * @throws se.stockholm.vbe.api.NotFoundException for a committee never seen
     * @throws se.stockholm.vbe.api.AccessDeniedException unless the actor is the coordinator
     */
    CommitteeQuarantine quarantine(String committeeId, String reason, Actor actor);

    /**
     * Releases the committee from quarantine: its bundle is started again. Releasing a committee not in
     * quarantine changes nothing. Audited when it released one.
     *
     * @return whether the committee was in quarantine
     * @throws se.stockholm.vbe.api.NotFoundException for a committee never seen
     * @throws se.stockholm.vbe.api.AccessDeniedException unless the actor is the coordinator
     */
    boolean release(String committeeId, Actor actor);

    /** The committee's quarantine, if it is in one. */
    Optional<CommitteeQuarantine> quarantine(String committeeId);

    /** Every committee in quarantine, ordered by id. */
    List<CommitteeQuarantine> quarantines();
}
