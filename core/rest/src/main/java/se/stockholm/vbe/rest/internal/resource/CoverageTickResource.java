package se.stockholm.vbe.rest.internal.resource;

import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.coverage.CoverageCell;
import se.stockholm.vbe.api.coverage.CoverageService;
import se.stockholm.vbe.api.coverage.CoverageTick;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;
import se.stockholm.vbe.rest.internal.security.EditorOf;

/**
 * {@code /api/committees/{id}/coverage/{year}/{itemId}}: a committee's editors tick a guideline item that data
 * cannot say, with a comment.
 */
@Path("committees/{committeeId}/coverage/{year: [0-9]{1,9}}/{itemId}")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class CoverageTickResource {

    private final CoverageService coverage;

    @Inject
    public CoverageTickResource(CoverageService coverage) {
        this.coverage = coverage;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @EditorOf("committeeId")
    public CoverageCell tick(@PathParam("committeeId") String committeeId, @PathParam("year") int year,
            @PathParam("itemId") String itemId, CoverageTick tick, @Context SecurityContext security) {
        Bodies.require(tick);
        return coverage.tick(committeeId, year, itemId, tick, CallerSecurityContext.actorOf(security));
    }
}
