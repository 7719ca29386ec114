package se.stockholm.vbe.rest.internal.resource;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.routine.RoutineService;
import se.stockholm.vbe.api.routine.RoutineUsage;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/admin/routine/usage}: how often the routine at a worry was used, per committee and month, for the
 * coordinator.
 */
@Path("admin/routine/usage")
@Singleton
@RolesAllowed(Actor.COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public final class RoutineUsageResource {

    private final RoutineService routine;

    @Inject
    public RoutineUsageResource(RoutineService routine) {
        this.routine = routine;
    }

    @GET
    public List<RoutineUsage> usage(@Context SecurityContext security) {
        return routine.usage(CallerSecurityContext.actorOf(security));
    }
}
