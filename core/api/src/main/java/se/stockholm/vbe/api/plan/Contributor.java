package se.stockholm.vbe.api.plan;

import java.util.List;

/**
 * A specialist committee (facknämnd) whose observations were taken into a district's situation picture, as the
 * seed plans name them ("Idrottsförvaltningen har meddelat …").
 *
 * <p>It records what was taken in, not what the plan holds now: the list is built from the contributions marked
 * taken in for the plan, so a committee stays named after an editor rewrote or removed the sections and figures
 * it brought. The district's editors answer for the lägesbild's content; this says whose observations fed it.
 *
 * @param committeeId the specialist committee
 * @param name its name as it was when it contributed
 * @param periods the tertials its contributions taken in were for, in order
 */
public record Contributor(String committeeId, String name, List<Tertial> periods) {

    public Contributor {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }
}
