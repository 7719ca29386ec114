package se.stockholm.vbe.rest.internal.resource;

import javax.annotation.security.RolesAllowed;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.committee.CommitteeQuarantine;
import se.stockholm.vbe.api.committee.CommitteeQuarantines;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/admin/committees/{id}/quarantine}: the coordinator puts a committee's bundle in quarantine (stopped,
 * not removed; its rules give REVIEW) and releases it. Both are idempotent.
 */
@Path("admin/committees/{committeeId}/quarantine")
@Singleton
@RolesAllowed(Actor.COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public final class QuarantineResource {

    /** The optional body of a quarantine: why, in free text. */
    public record Request(String reason) {
    }

    private final CommitteeQuarantines quarantines;

    @Inject
    public QuarantineResource(CommitteeQuarantines quarantines) {
        this.quarantines = quarantines;
    }

    /** A quarantine with a reason (or an empty JSON object or none). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CommitteeQuarantine quarantine(@PathParam("committeeId") String committeeId, Request request,
            @Context SecurityContext security) {
        return quarantines.quarantine(committeeId, request == null ? null : request.reason(),
                CallerSecurityContext.actorOf(security));
    }

    /** A quarantine without a body. */
    @POST
    public CommitteeQuarantine quarantineWithoutReason(@PathParam("committeeId") String committeeId,
            @Context SecurityContext security) {
        return quarantines.quarantine(committeeId, null, CallerSecurityContext.actorOf(security));
    }

    @DELETE
    public void release(@PathParam("committeeId") String committeeId, @Context SecurityContext security) {
        quarantines.release(committeeId, CallerSecurityContext.actorOf(security));
    }
}
