package se.stockholm.vbe.api.plan;

import java.util.List;

/**
 * A specialist committee (facknämnd) whose observations were taken into a district's situation picture, as the
 * seed plans name them ("Idrottsförvaltningen har meddelat …").
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
