package se.stockholm.vbe.rest.internal.resource;

import java.util.List;

import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;

import se.stockholm.vbe.api.calendar.CalendarEvent;
import se.stockholm.vbe.rest.internal.calendar.ICalendarWriter;

/**
 * A calendar feed as an answer: the iCalendar bytes with their content hash as ETag (the same for every caller: the
 * calendar is public), and 304 for a current {@code If-None-Match}, as every read of the platform answers.
 */
final class CalendarFeeds {

    private CalendarFeeds() {
    }

    static Response respond(Request request, String name, String description, List<CalendarEvent> events) {
        byte[] ics = ICalendarWriter.write(name, description, events);
        EntityTag tag = ContentTags.of(ics);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.build()
                : Response.ok(ics, ICalendarWriter.MEDIA_TYPE).tag(tag).build();
    }
}
