package se.stockholm.vbe.api.routine;

/**
 * What the person with a worry answers. Nothing here describes the case, and nothing of it is stored.
 *
 * @param immediateDanger does danger threaten life, health or property right now? required
 * @param under18 does it concern someone under 18? required
 * @param suspectedCrime is a crime suspected (an attempt, preparation or conspiracy included)? required
 * @param committeeId the committee whose local contacts to show; may be {@code null}
 */
public record RoutineAnswers(Boolean immediateDanger, Boolean under18, Boolean suspectedCrime, String committeeId) {
}
