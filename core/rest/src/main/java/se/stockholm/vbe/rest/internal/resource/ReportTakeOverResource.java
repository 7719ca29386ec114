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

import se.stockholm.vbe.api.PreconditionRequiredException;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.report.IncidentReportService;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;
import se.stockholm.vbe.rest.internal.security.EditorOf;

/**
 * {@code /api/committees/{id}/plans/{year}/situation/report-figures}: an editor takes the year's accepted incident
 * reports over into the draft plan's situation picture, with the plan's ETag in {@code If-Match} as for every
 * plan write.
 */
@Path("committees/{committeeId}/plans/{year: [0-9]{1,9}}/situation/report-figures")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class ReportTakeOverResource {

    private final IncidentReportService reports;

    @Inject
    public ReportTakeOverResource(IncidentReportService reports) {
        this.reports = reports;
    }

    @POST
    @EditorOf("committeeId")
    public Response takeOver(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        if (ifMatch == null) {
            throw new PreconditionRequiredException("If-Match with the plan's ETag is required, so that reports are "
                    + "taken over into the version you read");
        }
        ActionPlan plan = reports.takeOver(committeeId, year, Entities.version(ifMatch),
                CallerSecurityContext.actorOf(security));
        return Response.ok(plan).tag(Entities.tag(plan)).build();
    }
}
