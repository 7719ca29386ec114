package se.stockholm.vbe.api.routine;

/**
 * One step of the routine, in Swedish as the routine words it.
 *
 * @param id a stable code for the step, e.g. {@code CALL_112}
 * @param title what to do, in a few words
 * @param text what the routine says about it
 * @param legalGround the provision it rests on, e.g. "24 kap. 4 § brottsbalken"; {@code null} where there is none
 * @param applies whether the step is always taken or because of an answer
 * @param becauseOf for a step taken because of an answer, the answer's field ({@code immediateDanger},
 *        {@code under18}, {@code suspectedCrime}); {@code null} for one always taken
 * @param link where to go for it, a path of the web application; {@code null} if there is none
 */
public record RoutineStep(String id, String title, String text, String legalGround, Applies applies,
        String becauseOf, String link) {

    /** Why a step is in the answer. */
    public enum Applies {
        /** Every worry and every incident. */
        ALWAYS,
        /** The answer named by {@code becauseOf}. */
        BY_ANSWER
    }
}
