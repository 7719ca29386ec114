package se.stockholm.vbe.rest.internal.resource;

import javax.annotation.security.PermitAll;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.PlanFilter;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/plans/{year}}: every committee's plan for a year with the city-wide summary; public
 * (anonymous callers see adopted, approved and archived plans). Served from pre-serialised bytes with
 * an ETag, and 304 for a current {@code If-None-Match}.
 */
@Path("plans/{year: [0-9]{1,9}}")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class PlansResource {

    /** The parts of a year's view that are cached: the whole view, or its summary alone. */
    public static final String PLANS = "plans";
    public static final String SUMMARY = "summary";

    private final PlanService plans;
    private final ConsolidatedViewCache cache;

    @Inject
    public PlansResource(PlanService plans, ConsolidatedViewCache cache) {
        this.plans = plans;
        this.cache = cache;
    }

    @GET
    @PermitAll
    public Response consolidated(@PathParam("year") int year, @QueryParam("area") String area,
            @QueryParam("committeeKind") String committeeKind, @QueryParam("status") String status,
            @Context SecurityContext security, @Context Request request) {
        PlanFilter filter = filter(area, committeeKind, status);
        Actor actor = CallerSecurityContext.actorOf(security);
        return respond(request, cache.get(plans.generation(), year, filter, PLANS, actor,
                () -> plans.consolidated(year, filter, actor)));
    }

    @GET
    @Path("summary")
    @PermitAll
    public Response summary(@PathParam("year") int year, @QueryParam("area") String area,
            @QueryParam("committeeKind") String committeeKind, @QueryParam("status") String status,
            @Context SecurityContext security, @Context Request request) {
        PlanFilter filter = filter(area, committeeKind, status);
        Actor actor = CallerSecurityContext.actorOf(security);
        return respond(request, cache.get(plans.generation(), year, filter, SUMMARY, actor,
                () -> plans.consolidated(year, filter, actor).summary()));
    }

    private static Response respond(Request request, RenderedView view) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(view.tag());
        return notModified != null ? notModified.build()
                : Response.ok(view.json(), MediaType.APPLICATION_JSON_TYPE).tag(view.tag()).build();
    }

    /**
     * The filter the query parameters ask for.
     *
     * @throws javax.ws.rs.BadRequestException for an unknown value
     */
    public static PlanFilter filter(String area, String committeeKind, String status) {
        return new PlanFilter(PathValues.query(Area.class, "area", area),
                PathValues.query(CommitteeKind.class, "committeeKind", committeeKind),
                PathValues.query(PlanStatus.class, "status", status));
    }
}
