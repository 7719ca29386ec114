package se.stockholm.vbe.api.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.stockholm.vbe.api.Validation;

/**
 * The local situation picture (lägesbild): free-text sections and incident counts per environment, incident type,
 * source, tertial and place type.
 * Each section and count carries its {@link Classification}; what a caller gets holds only what they may read.
 *
 * @param sections the sections the reader may see
 * @param incidents the counts, one per {@link IncidentCount#key() key}; empty for a reader who gets aggregates only
 * @param incidentFigures the counts added up, as this reader may see them; computed when a plan is read,
 *        ignored when one is written ({@code null} in stored form)
 * @param contributors the specialist committees whose contributions were taken into this picture, by name; computed
 *        when a plan is read, ignored when one is written (who contributed is public, as in the seed plans)
 */
public record SituationPicture(List<Section> sections, List<IncidentCount> incidents,
        IncidentFigures incidentFigures, List<Contributor> contributors) {

    public static final SituationPicture EMPTY = new SituationPicture(List.of(), List.of());

    public SituationPicture {
        sections = Validation.list(sections, "sections");
        incidents = Validation.list(incidents, "incidents");
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < incidents.size(); i++) {
            String key = incidents.get(i).key();
            if (!seen.add(key)) {
                throw new IllegalArgumentException("incidents[" + i + "] repeats " + key
                        + " (environment/type/source/period/placeType): give one count per combination");
            }
        }
    }

    /** A picture with figures and no contributors (the form before contributions). */
    public SituationPicture(List<Section> sections, List<IncidentCount> incidents, IncidentFigures incidentFigures) {
        this(sections, incidents, incidentFigures, List.of());
    }

    /** A picture in stored form, without figures. */
    public SituationPicture(List<Section> sections, List<IncidentCount> incidents) {
        this(sections, incidents, null);
    }

    /** This picture as one audience may see it: these sections, counts and figures, the same contributors. */
    public SituationPicture shown(List<Section> shownSections, List<IncidentCount> shownIncidents,
            IncidentFigures figures) {
        return new SituationPicture(shownSections, shownIncidents, figures, contributors);
    }
}
