package se.stockholm.vbe.rest.internal.resource;

import javax.annotation.security.PermitAll;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;

import se.stockholm.vbe.api.calendar.CalendarService;
import se.stockholm.vbe.rest.internal.calendar.ICalendarWriter;

/**
 * {@code /api/calendar.ics}: the city's deadline calendar as an iCalendar feed to subscribe to (Outlook, any
 * calendar client): the deadlines of this year and the next and every committee's grant application windows. Public.
 */
@Path("calendar.ics")
@Singleton
public final class CalendarFeedResource {

    private final CalendarService calendar;

    @Inject
    public CalendarFeedResource(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @PermitAll
    @Produces(ICalendarWriter.MEDIA_TYPE)
    public Response feed(@Context Request request) {
        return CalendarFeeds.respond(request, "VBE-plattformen: tidsfrister",
                "Stadens tidsfrister för handlingsplanerna mot våldsbejakande extremism och nämndernas "
                        + "ansökningsperioder för föreningsbidrag.", calendar.events(null));
    }
}
