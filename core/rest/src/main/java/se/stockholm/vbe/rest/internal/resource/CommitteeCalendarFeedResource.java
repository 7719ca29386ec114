package se.stockholm.vbe.rest.internal.resource;

import javax.annotation.security.PermitAll;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;

import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.calendar.CalendarService;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.rest.internal.calendar.ICalendarWriter;

/**
 * {@code /api/committees/{id}/calendar.ics}: one committee's deadline calendar, the city's deadlines and its own
 * grant application windows. Public.
 */
@Path("committees/{committeeId}/calendar.ics")
@Singleton
public final class CommitteeCalendarFeedResource {

    private final CalendarService calendar;
    private final CommitteeDirectory committees;

    @Inject
    public CommitteeCalendarFeedResource(CalendarService calendar, CommitteeDirectory committees) {
        this.calendar = calendar;
        this.committees = committees;
    }

    @GET
    @PermitAll
    @Produces(ICalendarWriter.MEDIA_TYPE)
    public Response feed(@PathParam("committeeId") String committeeId, @Context Request request) {
        String name = committees.committee(committeeId)
                .orElseThrow(() -> new NotFoundException("no committee " + committeeId)).name();
        return CalendarFeeds.respond(request, "VBE-plattformen: tidsfrister för " + name,
                "Stadens tidsfrister för handlingsplanerna mot våldsbejakande extremism och ansökningsperioderna "
                        + "för föreningsbidrag hos " + name + ".", calendar.events(committeeId));
    }
}
