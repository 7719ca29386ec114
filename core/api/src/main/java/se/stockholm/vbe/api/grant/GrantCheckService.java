package se.stockholm.vbe.api.grant;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.Page;

/**
 * Runs and keeps the committees' checks of grant and premises applications. Implemented by the platform;
 * thread-safe. A check runs the city-wide rules and the committee's enabled local rules, each with a time
 * limit; a rule that fails to answer gives {@link Outcome#REVIEW}, never an error.
 */
@ProviderType
public interface GrantCheckService {

    /**
     * Checks an application and stores the decision.
     *
     * @throws se.stockholm.vbe.api.AccessDeniedException if the actor is not an editor of the committee or
     *         the coordinator, or the check's feature is not enabled for the committee
     */
    GrantCheck check(String committeeId, Application application, Actor actor);

    /** The committee's checks, newest first; editors, the coordinator and readers. */
    List<GrantCheck> checks(String committeeId, Actor actor);

    /**
     * A page of the committee's checks, newest first: at most {@code limit} checks older than the check
     * {@code after} ({@code null}: from the newest). The page's cursor is the id of its last check.
     *
     * @throws se.stockholm.vbe.api.InvalidInputException if {@code limit} is outside 1 to {@link Page#MAX_LIMIT}
     */
    Page<GrantCheck> checks(String committeeId, Long after, int limit, Actor actor);

    GrantCheck get(String committeeId, long checkId, Actor actor);

    /** Records a reclaim and puts the organisation on the stop list. */
    GrantCheck reclaim(String committeeId, long checkId, ReclaimRequest request, Actor actor);
}
