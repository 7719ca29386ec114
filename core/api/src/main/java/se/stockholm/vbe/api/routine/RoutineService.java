package se.stockholm.vbe.api.routine;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;

/**
 * The routine at a worry or an incident. Implemented by the platform; thread-safe.
 */
@ProviderType
public interface RoutineService {

    /**
     * The steps for these answers, with the committee's local contacts when one is named. Open to anyone, signed in
     * or not: the routine is public guidance. Stores nothing about the case; counts one use for the committee (or
     * none) and the month, and answers even when the count cannot be written.
     *
     * @throws se.stockholm.vbe.api.InvalidInputException naming the answer that is missing
     * @throws se.stockholm.vbe.api.NotFoundException for a committee never seen
     */
    RoutineAdvice advise(RoutineAnswers answers);

    /**
     * How often the routine was used, per committee and month, newest month first. One query.
     *
     * @throws se.stockholm.vbe.api.AccessDeniedException unless the actor is the coordinator
     * @throws se.stockholm.vbe.api.UnavailableException if the database cannot be read
     */
    List<RoutineUsage> usage(Actor actor);
}
