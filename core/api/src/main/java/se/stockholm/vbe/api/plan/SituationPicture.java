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
 */
public record SituationPicture(List<Section> sections, List<IncidentCount> incidents,
        IncidentFigures incidentFigures) {

    public static final SituationPicture EMPTY = new SituationPicture(List.of(), List.of());

    public SituationPicture {
        sections = Validation.list(sections, "sections");
        incidents = Validation.list(incidents, "incidents");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < incidents.size(); i++) {
            String key = incidents.get(i).key();
            if (!seen.add(key)) {
                throw new IllegalArgumentException("incidents[" + i + "] repeats " + key
                        + " (environment/type/source/period/placeType): give one count per combination");
            }
        }
    }

    /** A picture in stored form, without figures. */
    public SituationPicture(List<Section> sections, List<IncidentCount> incidents) {
        this(sections, incidents, null);
    }
}
