package se.stockholm.vbe.rest.internal.resource;

import java.net.URI;

import javax.annotation.security.RolesAllowed;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.grant.StopList;
import se.stockholm.vbe.api.grant.StopListEntry;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/admin/stop-list}: the city's stop list, kept by the coordinator.
 */
@Path("admin/stop-list")
@Singleton
@RolesAllowed(Actor.COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public final class StopListResource {

    private final StopList stopList;

    @Inject
    public StopListResource(StopList stopList) {
        this.stopList = stopList;
    }

    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("after") String after,
            @Context SecurityContext security, @Context UriInfo uri) {
        int size = Paging.limit(limit);
        return Paging.response(stopList.entries(Paging.after(after), size, CallerSecurityContext.actorOf(security)),
                size, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(StopListEntry entry, @Context SecurityContext security, @Context UriInfo uri) {
        Bodies.require(entry);
        StopListEntry added = stopList.add(entry, CallerSecurityContext.actorOf(security));
        URI location = uri.getAbsolutePathBuilder().path(added.organisationNumber()).build();
        return Response.created(location).entity(added).build();
    }

    @DELETE
    @Path("{organisationNumber}")
    public Response remove(@PathParam("organisationNumber") String organisationNumber,
            @Context SecurityContext security) {
        stopList.remove(organisationNumber, CallerSecurityContext.actorOf(security));
        return Response.noContent().build();
    }
}
