package se.stockholm.vbe.rest.internal.resource;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.contribution.ContributionService;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;
import se.stockholm.vbe.rest.internal.security.EditorOf;

/**
 * {@code POST /api/committees/{districtId}/plans/{year}/contributions/{id}/take-in}: the district's editors take a
 * contribution into their draft, once. If-Match is optional (the plan is locked while it changes); when sent it must
 * be the plan's current ETag. Answers with the plan and its new ETag.
 */
@Path("committees/{committeeId}/plans/{year: [0-9]{1,9}}/contributions/{contributionId: [0-9]{1,18}}/take-in")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class ContributionIntakeResource {

    private final ContributionService contributions;

    @Inject
    public ContributionIntakeResource(ContributionService contributions) {
        this.contributions = contributions;
    }

    @POST
    @EditorOf("committeeId")
    public Response takeIn(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @PathParam("contributionId") long contributionId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        Actor actor = CallerSecurityContext.actorOf(security);
        ActionPlan plan = contributions.takeIn(committeeId, year, contributionId,
                ifMatch == null ? null : Entities.version(ifMatch), actor);
        return Response.ok(plan).tag(Entities.tag(plan, actor)).build();
    }
}
