package se.stockholm.vbe.rest.internal.resource;

import javax.annotation.security.PermitAll;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import se.stockholm.vbe.api.routine.RoutineAdvice;
import se.stockholm.vbe.api.routine.RoutineAnswers;
import se.stockholm.vbe.api.routine.RoutineService;

/**
 * {@code /api/routine}: the city's routine at a worry or an incident, open to anyone: it is public guidance, needed
 * at once, by staff who may not be signed in (or not have an account at all).
 */
@Path("routine")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class RoutineResource {

    private final RoutineService routine;

    @Inject
    public RoutineResource(RoutineService routine) {
        this.routine = routine;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutineAdvice advise(RoutineAnswers answers) {
        Bodies.require(answers);
        return routine.advise(answers);
    }
}
