package se.stockholm.vbe.api.committee;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;

/**
 * The owners of committee ids. Implemented by the platform; thread-safe; every call reads or writes the
 * database.
 */
@ProviderType
public interface CommitteeOwners {

    /**
     * The owner of a committee id.
     *
     * @throws se.stockholm.vbe.api.NotFoundException if no bundle ever registered the id
     * @throws se.stockholm.vbe.api.AccessDeniedException unless the actor is the coordinator
     */
    CommitteeOwnership owner(String committeeId, Actor actor);

    /**
     * Makes another bundle the owner of a committee id. The committee's current bundle, if it is not the new
     * owner, goes offline at once; the new owner's committee and rules, if waiting, come online. Audited.
     *
     * @param bundle the new owner's bundle symbolic name
     * @throws se.stockholm.vbe.api.NotFoundException if no bundle ever registered the id
     * @throws se.stockholm.vbe.api.AccessDeniedException unless the actor is the coordinator
     */
    CommitteeOwnership transfer(String committeeId, String bundle, Actor actor);
}
