package se.stockholm.vbe.rest.internal.resource;

import javax.annotation.security.PermitAll;
import java.util.Optional;
import java.util.function.Supplier;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.ConsolidatedPlans;
import se.stockholm.vbe.api.plan.PlanFilter;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;
import se.stockholm.vbe.rest.internal.sheet.ActivityTable;
import se.stockholm.vbe.rest.internal.sheet.CsvSheet;
import se.stockholm.vbe.rest.internal.sheet.SummaryTables;
import se.stockholm.vbe.rest.internal.sheet.XlsxWorkbook;

/**
 * {@code /api/plans/{year}}: every committee's plan for a year with the city-wide summary; public
 * (anonymous callers see adopted, approved and archived plans). The whole view also as a spreadsheet for
 * the city, CSV or XLSX ({@link ViewFormat}), rendered from the same view the caller's audience gets. Served
 * from pre-serialised bytes with an ETag per form and audience, and 304 for a current {@code If-None-Match}.
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
    private final CommitteeDirectory committees;

    @Inject
    public PlansResource(PlanService plans, ConsolidatedViewCache cache, CommitteeDirectory committees) {
        this.plans = plans;
        this.cache = cache;
        this.committees = committees;
    }

    @GET
    @PermitAll
    @Produces(MediaType.WILDCARD)
    public Response consolidated(@PathParam("year") int year, @QueryParam("area") String area,
            @QueryParam("committeeKind") String committeeKind, @QueryParam("status") String status,
            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding, @Context SecurityContext security,
            @Context Request request) {
        Optional<ViewFormat> form = ViewFormat.negotiate(format, accept);
        if (form.isEmpty()) {
            return ViewFormat.notAcceptable(format, accept);
        }
        PlanFilter filter = filter(area, committeeKind, status);
        Actor actor = CallerSecurityContext.actorOf(security);
        Supplier<ConsolidatedPlans> view = () -> plans.consolidated(year, filter, actor);
        long generation = plans.generation();
        RenderedView rendered = switch (form.get()) {
            case JSON -> cache.get(generation, year, filter, PLANS, actor, view::get);
            case CSV -> cache.get(generation, year, filter, ViewFormat.CSV.part(PLANS), actor, view,
                    shown -> CsvSheet.write(ActivityTable.of(shown)));
            case XLSX -> cache.get(generation, year, filter, ViewFormat.XLSX.part(PLANS), actor, view,
                    shown -> XlsxWorkbook.write("Lokala handlingsplaner " + year, ActivityTable.of(shown),
                            SummaryTables.of(shown.summary(), this::committeeName)));
        };
        return form.get() == ViewFormat.JSON ? respond(request, rendered, acceptEncoding)
                : respond(request, rendered.representation(acceptEncoding), form.get(),
                        "handlingsplaner-" + year + "." + form.get().parameter());
    }

    @GET
    @Path("summary")
    @PermitAll
    public Response summary(@PathParam("year") int year, @QueryParam("area") String area,
            @QueryParam("committeeKind") String committeeKind, @QueryParam("status") String status,
            @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding, @Context SecurityContext security,
            @Context Request request) {
        PlanFilter filter = filter(area, committeeKind, status);
        Actor actor = CallerSecurityContext.actorOf(security);
        return respond(request, cache.get(plans.generation(), year, filter, SUMMARY, actor,
                () -> plans.consolidated(year, filter, actor).summary()), acceptEncoding);
    }

    private String committeeName(String committeeId) {
        return committees.committee(committeeId).map(CommitteeInfo::name).orElse(committeeId);
    }

    private static Response respond(Request request, RenderedView view, String acceptEncoding) {
        return respond(request, view.representation(acceptEncoding), ViewFormat.JSON, null);
    }

    /**
     * 304 for a current tag; else the view in its form and coding, of a known length, a sheet as a file download
     * named {@code attachment}. ({@code Vary: Accept-Encoding} is set in front of Jersey, by {@code CachedViewShortcut},
     * as Jersey would replace the {@code Vary} the cache-control filter set.)
     */
    private static Response respond(Request request, RenderedView.Representation view, ViewFormat form,
            String attachment) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(view.tag());
        if (notModified != null) {
            return notModified.build();
        }
        Response.ResponseBuilder answer = Response.ok(view.body(), form.contentType()).tag(view.tag())
                .header(HttpHeaders.CONTENT_LENGTH, view.body().length);
        if (view.contentEncoding() != null) {
            answer.header(HttpHeaders.CONTENT_ENCODING, view.contentEncoding());
        }
        if (attachment != null) {
            answer.header("Content-Disposition", "attachment; filename=\"" + attachment + "\"");
        }
        return answer.build();
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
