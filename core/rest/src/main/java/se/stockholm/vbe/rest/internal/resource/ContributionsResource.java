package se.stockholm.vbe.rest.internal.resource;

import java.net.URI;
import java.util.List;

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

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.contribution.Contribution;
import se.stockholm.vbe.api.contribution.ContributionRequest;
import se.stockholm.vbe.api.contribution.ContributionService;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/committees/{districtId}/contributions}: a specialist committee's editors send observations for a
 * district ({@code "from"} names the specialist committee); the district's editors, the coordinator and the sender's
 * editors read them, as the contribution service decides. Signed-in callers only.
 */
@Path("committees/{committeeId}/contributions")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class ContributionsResource {

    private final ContributionService contributions;

    @Inject
    public ContributionsResource(ContributionService contributions) {
        this.contributions = contributions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("committeeId") String committeeId, ContributionRequest request,
            @Context SecurityContext security, @Context UriInfo uri) {
        Bodies.require(request);
        Contribution stored = contributions.submit(committeeId, request, CallerSecurityContext.actorOf(security));
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).build();
        return Response.created(location).entity(stored).build();
    }

    @GET
    public List<Contribution> list(@PathParam("committeeId") String committeeId, @QueryParam("year") String year,
            @Context SecurityContext security) {
        return contributions.contributions(committeeId, PathValues.year("year", year), CallerSecurityContext.actorOf(security));
    }

    @GET
    @Path("{contributionId: [0-9]{1,18}}")
    public Contribution get(@PathParam("committeeId") String committeeId,
            @PathParam("contributionId") long contributionId, @Context SecurityContext security) {
        return contributions.contribution(committeeId, contributionId, CallerSecurityContext.actorOf(security));
    }
}
