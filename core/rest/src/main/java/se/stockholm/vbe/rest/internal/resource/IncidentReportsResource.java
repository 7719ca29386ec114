package se.stockholm.vbe.rest.internal.resource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.annotation.security.RolesAllowed;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.report.IncidentReport;
import se.stockholm.vbe.api.report.IncidentReportService;
import se.stockholm.vbe.api.report.ReportFigures;
import se.stockholm.vbe.api.report.ReportForm;
import se.stockholm.vbe.api.report.ReportReview;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;
import se.stockholm.vbe.rest.internal.security.EditorOf;

/**
 * {@code /api/committees/{id}/incident-reports}: any city employee (role {@code reporter}) sends a de-identified
 * report; the committee's editors and the coordinator list them and read their figures; its editors review them.
 */
@Path("committees/{committeeId}/incident-reports")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class IncidentReportsResource {

    private final IncidentReportService reports;
    private final ObjectMapper json;

    @Inject
    public IncidentReportsResource(IncidentReportService reports, ObjectMapper json) {
        this.reports = reports;
        this.json = json;
    }

    /** 201 once the report is committed; a field the form does not have (a name, an age, a school) is refused. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(IncidentReportService.REPORTER)
    public Response submit(@PathParam("committeeId") String committeeId, JsonNode body,
            @Context SecurityContext security) throws JsonProcessingException {
        Bodies.require(body);
        if (!body.isObject()) {
            throw new InvalidInputException("body", "the report must be a JSON object");
        }
        refuseUnknownFields(body);
        IncidentReport report = reports.submit(committeeId, json.treeToValue(body, ReportForm.class),
                CallerSecurityContext.actorOf(security));
        // No Location: a single report is read only in the committee's list, by its editors, not by its reporter.
        return Response.status(Response.Status.CREATED).entity(report).build();
    }

    @GET
    public Response list(@PathParam("committeeId") String committeeId, @QueryParam("limit") String limit,
            @QueryParam("after") String after, @Context SecurityContext security, @Context UriInfo uri) {
        int size = Paging.limit(limit);
        return Paging.response(reports.reports(committeeId, size, Paging.afterId(after),
                CallerSecurityContext.actorOf(security)), size, uri);
    }

    @GET
    @Path("figures")
    public ReportFigures figures(@PathParam("committeeId") String committeeId, @QueryParam("year") String year,
            @Context SecurityContext security) {
        Integer wanted = PathValues.year("year", year);
        if (wanted == null) {
            throw new InvalidInputException("year", "is required, e.g. ?year=2026");
        }
        return reports.figures(committeeId, wanted, CallerSecurityContext.actorOf(security));
    }

    @POST
    @Path("{reportId: [0-9]{1,18}}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @EditorOf("committeeId")
    public IncidentReport review(@PathParam("committeeId") String committeeId, @PathParam("reportId") long reportId,
            ReportReview review, @Context SecurityContext security) {
        Bodies.require(review);
        return reports.review(committeeId, reportId, review, CallerSecurityContext.actorOf(security));
    }

    private static void refuseUnknownFields(JsonNode body) {
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!ReportForm.FIELDS.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown.get(0), "Blanketten har inga fält " + String.join(", ", unknown)
                    + ": den är avidentifierad och har inget fält för namn, ålder, skola eller annat som pekar ut en "
                    + "person. Fälten är " + String.join(", ", ReportForm.FIELDS) + ".");
        }
    }
}
