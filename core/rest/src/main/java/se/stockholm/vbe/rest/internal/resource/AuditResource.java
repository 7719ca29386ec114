package se.stockholm.vbe.rest.internal.resource;

import java.net.URI;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.audit.AuditPage;
import se.stockholm.vbe.api.audit.AuditQuery;
import se.stockholm.vbe.api.audit.AuditService;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code GET /api/audit}: the audit trail, newest first, a page at a time; the next page is the
 * {@code Link: <…>; rel="next"} (and {@code nextCursor}). JSON, or the same page as CSV for
 * {@code Accept: text/csv}. Read only: there is no way to change or delete an entry.
 */
@Path("audit")
@Singleton
public final class AuditResource {

    private final AuditService audit;

    @Inject
    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@QueryParam("committee") String committee, @QueryParam("entity") String entity,
            @QueryParam("user") String user, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Context SecurityContext security, @Context UriInfo uri) {
        AuditPage page = page(committee, entity, user, from, to, limit, cursor, security);
        return withNextLink(Response.ok(page), page, uri).build();
    }

    @GET
    @Produces(AuditCsv.MEDIA_TYPE + ";qs=0.5")
    public Response csv(@QueryParam("committee") String committee, @QueryParam("entity") String entity,
            @QueryParam("user") String user, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Context SecurityContext security, @Context UriInfo uri) {
        AuditPage page = page(committee, entity, user, from, to, limit, cursor, security);
        return withNextLink(Response.ok(AuditCsv.write(page.entries()), AuditCsv.MEDIA_TYPE + "; charset=UTF-8"),
                page, uri).build();
    }

    private AuditPage page(String committee, String entity, String user, String from, String to, String limit,
            String cursor, SecurityContext security) {
        AuditQuery query = new AuditQuery(blankToNull(committee), blankToNull(entity), blankToNull(user),
                AuditQuery.time(from, "from", false), AuditQuery.time(to, "to", true), number(limit),
                blankToNull(cursor));
        return audit.entries(query, CallerSecurityContext.actorOf(security));
    }

    private static Response.ResponseBuilder withNextLink(Response.ResponseBuilder response, AuditPage page,
            UriInfo uri) {
        if (page.nextCursor() != null) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build();
            response.link(next, "next");
        }
        return response;
    }

    private static Integer number(String limit) {
        if (limit == null || limit.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "must be a whole number (was " + limit + ")");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
