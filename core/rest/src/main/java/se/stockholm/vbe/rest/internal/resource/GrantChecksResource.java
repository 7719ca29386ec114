package se.stockholm.vbe.rest.internal.resource;

import java.net.URI;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.Consumes;
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

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.GrantCheck;
import se.stockholm.vbe.api.grant.GrantCheckService;
import se.stockholm.vbe.api.grant.ReclaimRequest;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;
import se.stockholm.vbe.rest.internal.security.EditorOf;

/**
 * {@code /api/committees/{id}/grant-checks}: checks of association grant and premises applications, and
 * reclaims. Editors of the committee and the coordinator run them; readers may read them.
 */
@Path("committees/{committeeId}/grant-checks")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class GrantChecksResource {

    private final GrantCheckService checks;

    @Inject
    public GrantChecksResource(GrantCheckService checks) {
        this.checks = checks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @EditorOf("committeeId")
    public Response check(@PathParam("committeeId") String committeeId, Application application,
            @Context SecurityContext security, @Context UriInfo uri) {
        Bodies.require(application);
        GrantCheck check = checks.check(committeeId, application, CallerSecurityContext.actorOf(security));
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(check.id())).build();
        return Response.created(location).entity(check).build();
    }

    @GET
    public Response list(@PathParam("committeeId") String committeeId, @QueryParam("limit") String limit,
            @QueryParam("after") String after, @Context SecurityContext security, @Context UriInfo uri) {
        int size = Paging.limit(limit);
        return Paging.response(checks.checks(committeeId, Paging.afterId(after), size,
                CallerSecurityContext.actorOf(security)), size, uri);
    }

    @GET
    @Path("{checkId: [0-9]{1,18}}")
    public GrantCheck get(@PathParam("committeeId") String committeeId, @PathParam("checkId") long checkId,
            @Context SecurityContext security) {
        return checks.get(committeeId, checkId, CallerSecurityContext.actorOf(security));
    }

    @POST
    @Path("{checkId: [0-9]{1,18}}/reclaim")
    @Consumes(MediaType.APPLICATION_JSON)
    @EditorOf("committeeId")
    public GrantCheck reclaim(@PathParam("committeeId") String committeeId, @PathParam("checkId") long checkId,
            ReclaimRequest request, @Context SecurityContext security) {
        Bodies.require(request);
        return checks.reclaim(committeeId, checkId, request, CallerSecurityContext.actorOf(security));
    }
}
