package se.stockholm.vbe.rest.internal.resource;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import javax.annotation.security.PermitAll;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.BadRequestException;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.DecisionRecord;
import se.stockholm.vbe.api.plan.FollowUp;
import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.api.plan.FollowUpReport;
import se.stockholm.vbe.api.plan.PlanDiff;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.plan.PlanStatus;
import se.stockholm.vbe.api.plan.PlanSummary;
import se.stockholm.vbe.api.plan.PlanVersion;
import se.stockholm.vbe.rest.internal.problem.Problem;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;
import se.stockholm.vbe.rest.internal.security.EditorOf;

/**
 * {@code /api/committees/{id}/plans}: one committee's plans, their activities, follow-ups, lifecycle and
 * decisions. Reads are public (drafts only for readers, the committee's editors and the coordinator);
 * writes need a user, whose rights the plan service checks.
 */
@Path("committees/{committeeId}/plans")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class CommitteePlansResource {

    private static final String YEAR = "{year: [0-9]{1,9}}";

    /**
     * The body of a lifecycle transition, with the record of the decision: its meeting date, diarienummer
     * and paragraph, which adopting and approving require.
     */
    public record StatusChange(PlanStatus to, LocalDate meetingDate, String diaryNumber, String paragraph) {
        public StatusChange {
            Validation.require(to, "to");
            DecisionRecord checked = new DecisionRecord(meetingDate, diaryNumber, paragraph);
            diaryNumber = checked.diaryNumber();
            paragraph = checked.paragraph();
        }

        DecisionRecord decision() {
            return new DecisionRecord(meetingDate, diaryNumber, paragraph);
        }
    }

    private final PlanService plans;
    private final ObjectMapper json;
    private final PlanPdfs pdfs;

    @Inject
    public CommitteePlansResource(PlanService plans, ObjectMapper json, CommitteeDirectory committees) {
        this.plans = plans;
        this.json = json;
        this.pdfs = new PlanPdfs(plans, committees);
    }

    @GET
    @PermitAll
    public List<PlanSummary> list(@PathParam("committeeId") String committeeId, @Context SecurityContext security) {
        return plans.plans(committeeId, CallerSecurityContext.actorOf(security));
    }

    /**
     * The plan as JSON, or with {@code Accept: application/pdf} (or {@code ?format=pdf}) as a PDF/A document of
     * exactly what the JSON shows this caller.
     */
    @GET
    @Path(YEAR)
    @Produces(MediaType.WILDCARD)
    @PermitAll
    public Response get(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @QueryParam("view") String view, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context SecurityContext security,
            @Context Request request) {
        boolean pdf = PlanRepresentations.pdfWanted(format, accept);
        Actor actor = CallerSecurityContext.actorOf(security);
        ActionPlan plan = decidedView(view) ? plans.decided(committeeId, year, actor)
                : plans.plan(committeeId, year, actor);
        EntityTag tag = Entities.tag(plan, actor);
        if (pdf) {
            return pdfs.plan(plan, tag, actor, request);
        }
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return PlanRepresentations.varying(notModified != null ? notModified
                : Response.ok(plan, MediaType.APPLICATION_JSON_TYPE).tag(tag)).build();
    }

    @PUT
    @Path(YEAR)
    @Consumes(MediaType.APPLICATION_JSON)
    @EditorOf("committeeId")
    public Response put(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PlanDocument document,
            @Context SecurityContext security, @Context UriInfo uri) {
        Bodies.require(document);
        if (ifMatch == null) {
            ActionPlan created = plans.create(committeeId, year, document, CallerSecurityContext.actorOf(security));
            return Response.created(uri.getAbsolutePath()).entity(created).tag(Entities.tag(created)).build();
        }
        ActionPlan replaced = plans.replace(committeeId, year, document, Entities.version(ifMatch),
                CallerSecurityContext.actorOf(security));
        return Response.ok(replaced).tag(Entities.tag(replaced)).build();
    }

    @POST
    @Path(YEAR + "/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @EditorOf("committeeId")
    public Response addActivity(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            JsonNode body, @Context SecurityContext security, @Context UriInfo uri) throws JsonProcessingException {
        Bodies.require(body);
        Actor actor = CallerSecurityContext.actorOf(security);
        ActionPlan plan = isTemplateReference(body)
                ? plans.addActivityFromTemplate(committeeId, year, templateId(body), actor)
                : plans.addActivity(committeeId, year, json.treeToValue(body, Activity.class), actor);
        Activity added = plan.activities().get(plan.activities().size() - 1);
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build();
        return Response.created(location).entity(added).tag(Entities.tag(plan)).build();
    }

    /** A body of nothing but {@code templateId} asks for the activity the catalogue's template makes. */
    private static boolean isTemplateReference(JsonNode body) {
        return body.isObject() && body.size() == 1 && body.has("templateId");
    }

    private static String templateId(JsonNode body) {
        JsonNode id = body.get("templateId");
        if (!id.isTextual() || id.asText().isBlank()) {
            throw new InvalidInputException("templateId", "templateId must be the id of a template in the committee's "
                    + "catalogue");
        }
        return id.asText();
    }

    @PUT
    @Path(YEAR + "/activities/{activityId: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @EditorOf("committeeId")
    public Response replaceActivity(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @PathParam("activityId") long activityId, Activity activity, @Context SecurityContext security) {
        Bodies.require(activity);
        ActionPlan plan = plans.replaceActivity(committeeId, year, activityId, activity,
                CallerSecurityContext.actorOf(security));
        return Response.ok(activity(plan, activityId)).tag(Entities.tag(plan)).build();
    }

    @DELETE
    @Path(YEAR + "/activities/{activityId: [0-9]{1,18}}")
    @EditorOf("committeeId")
    public Response removeActivity(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @PathParam("activityId") long activityId, @Context SecurityContext security) {
        ActionPlan plan = plans.removeActivity(committeeId, year, activityId, CallerSecurityContext.actorOf(security));
        return Response.noContent().tag(Entities.tag(plan)).build();
    }

    @PUT
    @Path(YEAR + "/activities/{activityId: [0-9]{1,18}}/follow-ups/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @EditorOf("committeeId")
    public Response recordFollowUp(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @PathParam("activityId") long activityId, @PathParam("period") String period, FollowUpReport report,
            @Context SecurityContext security) {
        Bodies.require(report);
        ActionPlan plan = plans.recordFollowUp(committeeId, year, activityId,
                PathValues.path(FollowUpPeriod.class, "follow-up period", period), report,
                CallerSecurityContext.actorOf(security));
        return Response.ok(activity(plan, activityId)).tag(Entities.tag(plan)).build();
    }

    @GET
    @Path(YEAR + "/activities/{activityId: [0-9]{1,18}}/follow-ups/{period}/history")
    @PermitAll
    public List<FollowUp> followUpHistory(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @PathParam("activityId") long activityId, @PathParam("period") String period,
            @Context SecurityContext security) {
        return plans.followUpHistory(committeeId, year, activityId,
                PathValues.path(FollowUpPeriod.class, "follow-up period", period), CallerSecurityContext.actorOf(security));
    }

    @POST
    @Path(YEAR + "/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @EditorOf("committeeId")
    public Response transition(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            StatusChange change, @Context SecurityContext security) {
        Bodies.require(change);
        ActionPlan plan = plans.transition(committeeId, year, change.to(), change.decision(),
                CallerSecurityContext.actorOf(security));
        return Response.ok(plan).tag(Entities.tag(plan)).build();
    }

    @POST
    @Path(YEAR + "/revision")
    @EditorOf("committeeId")
    public Response revise(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @QueryParam("includeCancelled") String includeCancelled, @Context SecurityContext security,
            @Context UriInfo uri) {
        ActionPlan next = plans.revise(committeeId, year, PathValues.flag("includeCancelled", includeCancelled),
                CallerSecurityContext.actorOf(security));
        URI location = uri.getBaseUriBuilder().path("committees").path(committeeId).path("plans")
                .path(Integer.toString(next.year())).build();
        return Response.created(location).entity(next).tag(Entities.tag(next)).build();
    }

    /** What changed against an earlier year's plan (by default the year before), as the caller may read both. */
    @GET
    @Path(YEAR + "/diff")
    @PermitAll
    public Response diff(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @QueryParam("against") String against, @Context SecurityContext security, @Context Request request)
            throws JsonProcessingException {
        Actor actor = CallerSecurityContext.actorOf(security);
        PlanDiff diff = plans.diff(committeeId, year, PathValues.number("against", against, year - 1), actor);
        RenderedView view = RenderedView.of(json.writeValueAsBytes(diff), "diff", actor.audience().key());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(view.tag());
        return notModified != null ? notModified.build()
                : Response.ok(view.body(), MediaType.APPLICATION_JSON_TYPE).tag(view.tag()).build();
    }

    @GET
    @Path(YEAR + "/versions")
    @PermitAll
    public List<PlanVersion> versions(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @Context SecurityContext security) {
        return plans.versions(committeeId, year, CallerSecurityContext.actorOf(security));
    }

    /** A decision with the plan as decided, as JSON, or with {@code Accept: application/pdf} that plan as PDF/A. */
    @GET
    @Path(YEAR + "/versions/{number: [0-9]{1,9}}")
    @Produces(MediaType.WILDCARD)
    @PermitAll
    public Response version(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @PathParam("number") int number, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept, @Context SecurityContext security,
            @Context Request request) {
        boolean pdf = PlanRepresentations.pdfWanted(format, accept);
        Actor actor = CallerSecurityContext.actorOf(security);
        PlanVersion version = plans.version(committeeId, year, number, actor);
        if (pdf) {
            return pdfs.version(version, actor, request);
        }
        return PlanRepresentations.varying(Response.ok(version, MediaType.APPLICATION_JSON_TYPE)).build();
    }

    /** {@code ?view=decided} asks for the plan as last decided; no view, the plan as the caller may see it. */
    private static boolean decidedView(String view) {
        if (view == null) {
            return false;
        }
        if (!"decided".equals(view)) {
            throw new BadRequestException(Problem.response(Response.Status.BAD_REQUEST,
                    "view: unknown value " + view + "; decided, or leave it out for the plan as you may see it"));
        }
        return true;
    }

    private static Activity activity(ActionPlan plan, long activityId) {
        return plan.activities().stream().filter(a -> a.id() == activityId).findFirst().orElseThrow();
    }
}
