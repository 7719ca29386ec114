package se.stockholm.vbe.rest.internal.resource;

import javax.annotation.security.RolesAllowed;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.committee.CommitteeOwners;
import se.stockholm.vbe.api.committee.CommitteeOwnership;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/admin/committees/{id}/owner}: which bundle owns a committee id, and the coordinator's
 * transfer of it to another bundle.
 */
@Path("admin/committees/{committeeId}/owner")
@Singleton
@RolesAllowed(Actor.COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public final class CommitteeOwnerResource {

    /** The body of a transfer: the new owner's bundle symbolic name. */
    public record Transfer(String bundle) {
        public Transfer {
            Validation.requireLine(bundle, "bundle", 200);
        }
    }

    private final CommitteeOwners owners;

    @Inject
    public CommitteeOwnerResource(CommitteeOwners owners) {
        this.owners = owners;
    }

    @GET
    public CommitteeOwnership owner(@PathParam("committeeId") String committeeId, @Context SecurityContext security) {
        return owners.owner(committeeId, CallerSecurityContext.actorOf(security));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CommitteeOwnership transfer(@PathParam("committeeId") String committeeId, Transfer transfer,
            @Context SecurityContext security) {
        Bodies.require(transfer);
        return owners.transfer(committeeId, transfer.bundle(), CallerSecurityContext.actorOf(security));
    }
}
