package se.stockholm.vbe.rest.internal.resource;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.coverage.Checklist;
import se.stockholm.vbe.api.coverage.CoverageService;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/admin/coverage/checklist}: the city-wide guideline checklist. Anyone may read it (the matrix shows
 * it anyway); only the coordinator sets it.
 */
@Path("admin/coverage/checklist")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class CoverageChecklistResource {

    private final CoverageService coverage;

    @Inject
    public CoverageChecklistResource(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GET
    @PermitAll
    public Checklist get() {
        return coverage.checklist();
    }

    @PUT
    @RolesAllowed(Actor.COORDINATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Checklist put(Checklist checklist, @Context SecurityContext security) {
        Bodies.require(checklist);
        return coverage.setChecklist(checklist, CallerSecurityContext.actorOf(security));
    }
}
