package se.stockholm.vbe.rest.internal.resource;

import javax.annotation.security.PermitAll;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.coverage.CoverageMatrix;
import se.stockholm.vbe.api.coverage.CoverageService;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/coverage/{year}}: the committees × the guideline checklist, the city's gaps first. Public in
 * aggregate: anonymous callers get no tick comments or names, and every cell is evaluated on what the caller
 * may read.
 */
@Path("coverage/{year: [0-9]{1,9}}")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class CoverageResource {

    private final CoverageService coverage;

    @Inject
    public CoverageResource(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GET
    @PermitAll
    public CoverageMatrix matrix(@PathParam("year") int year, @Context SecurityContext security) {
        return coverage.matrix(year, CallerSecurityContext.actorOf(security));
    }
}
