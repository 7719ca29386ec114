package se.stockholm.vbe.api.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Incident counts added up: in total, per environment and (where the audience may see it) per source.
 * Those who may read everything get exact sums over all counts; everyone else sums over the counts
 * classified {@code PUBLIC}, with small counts suppressed (see {@link Figure}).
 *
 * @param total all incidents
 * @param perEnvironment per environment, in the order of {@link Environment}
 * @param perSource per source, in the order of {@link InformationSource}; {@code null} where the
 *        audience gets no per-source detail (a committee's public figures)
 */
public record IncidentFigures(Figure total, Map<Environment, Figure> perEnvironment,
        Map<InformationSource, Figure> perSource) {

    public IncidentFigures {
        perEnvironment = Collections.unmodifiableMap(perEnvironment.isEmpty() ? new EnumMap<>(Environment.class)
                : new EnumMap<>(perEnvironment));
        perSource = perSource == null ? null : Collections.unmodifiableMap(perSource.isEmpty()
                ? new EnumMap<>(InformationSource.class) : new EnumMap<>(perSource));
    }
}
