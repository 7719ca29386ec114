package se.stockholm.vbe.rest.internal.resource;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
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

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.calendar.CalendarService;
import se.stockholm.vbe.api.calendar.YearDeadlines;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/admin/calendar/{year}}: the city's deadlines of a plan year. Anyone may read them (the feed carries
 * them anyway); only the coordinator sets them.
 */
@Path("admin/calendar/{year: [0-9]{1,9}}")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class CalendarDeadlinesResource {

    private final CalendarService calendar;

    @Inject
    public CalendarDeadlinesResource(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @PermitAll
    public YearDeadlines get(@PathParam("year") int year) {
        return calendar.deadlines(year);
    }

    @PUT
    @RolesAllowed(Actor.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public YearDeadlines put(@PathParam("year") int year, YearDeadlines deadlines,
            @Context SecurityContext security) {
        Bodies.require(deadlines);
        return calendar.setDeadlines(year, deadlines, CallerSecurityContext.actorOf(security));
    }
}
