package se.stockholm.vbe.rest.internal.resource;

import javax.annotation.security.PermitAll;
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

import se.stockholm.vbe.api.calendar.CalendarService;
import se.stockholm.vbe.api.calendar.GrantWindows;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;
import se.stockholm.vbe.rest.internal.security.EditorOf;

/**
 * {@code /api/committees/{id}/calendar/{year}/grant-windows}: a committee's grant application windows of a plan
 * year. Public to read; its editors set the year's own dates.
 */
@Path("committees/{committeeId}/calendar/{year: [0-9]{1,9}}/grant-windows")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class GrantWindowsResource {

    private final CalendarService calendar;

    @Inject
    public GrantWindowsResource(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @PermitAll
    public GrantWindows get(@PathParam("committeeId") String committeeId, @PathParam("year") int year) {
        return calendar.grantWindows(committeeId, year);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @EditorOf("committeeId")
    public GrantWindows put(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            GrantWindows windows, @Context SecurityContext security) {
        Bodies.require(windows);
        return calendar.setGrantWindows(committeeId, year, windows, CallerSecurityContext.actorOf(security));
    }
}
