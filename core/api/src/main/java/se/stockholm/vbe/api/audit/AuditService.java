package se.stockholm.vbe.api.audit;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;

/**
 * Reads the audit trail. Implemented by the platform; thread-safe; one database query per page, however deep.
 * There is no way to change or delete an entry.
 */
@ProviderType
public interface AuditService {

    int DEFAULT_LIMIT = 100;
    int MAX_LIMIT = 500;

    /**
     * A page of the entries the actor may read: the coordinator and {@code reader} all, an editor their own
     * committees'. A confidential change is withheld from those who may not read the committee's
     * confidential content.
     *
     * @throws se.stockholm.vbe.api.AccessDeniedException for an anonymous caller, a user with none of those
     *         roles, or an editor asking for another committee
     * @throws se.stockholm.vbe.api.InvalidInputException naming {@code cursor} for a cursor that was not
     *         issued for this query (tampered with, or reused with other filters), or {@code limit}
     */
    AuditPage entries(AuditQuery query, Actor actor);
}
