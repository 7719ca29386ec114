package se.stockholm.vbe.api.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Incident counts added up: in total, per environment, per incident type, per tertial and (where the
 * audience may see it) per source and per environment and type. Those who may read everything get exact sums over all
 * counts; everyone else sums over the counts classified {@code PUBLIC}, with small counts suppressed in
 * every cell (see {@link Figure}).
 *
 * @param total all incidents
 * @param perEnvironment per environment, in the order of {@link Environment}
 * @param perSource per source, in the order of {@link InformationSource}; {@code null} where the
 *        audience gets no per-source detail (a committee's public figures)
 * @param perType per incident type, in the order of {@link IncidentType}; {@code null} when not computed
 * @param perEnvironmentAndType per environment, then per incident type; {@code null} where the audience
 *        gets no such detail (a committee's public figures) or it was not computed
 * @param perPeriod per tertial, in the order of {@link Tertial}; {@code null} when not computed
 * @param periodUnknown the counts whose tertial is not known, so that the tertials and this add up to the
 *        total; {@code null} when not computed
 */
public record IncidentFigures(Figure total, Map<Environment, Figure> perEnvironment,
        Map<InformationSource, Figure> perSource, Map<IncidentType, Figure> perType,
        Map<Environment, Map<IncidentType, Figure>> perEnvironmentAndType, Map<Tertial, Figure> perPeriod,
        Figure periodUnknown) {

    public IncidentFigures {
        perEnvironment = copy(perEnvironment, Environment.class);
        perSource = perSource == null ? null : copy(perSource, InformationSource.class);
        perType = perType == null ? null : copy(perType, IncidentType.class);
        perPeriod = perPeriod == null ? null : copy(perPeriod, Tertial.class);
        if (perEnvironmentAndType != null) {
            Map<Environment, Map<IncidentType, Figure>> rows = new EnumMap<>(Environment.class);
            perEnvironmentAndType.forEach((environment, row) -> rows.put(environment, copy(row, IncidentType.class)));
            perEnvironmentAndType = Collections.unmodifiableMap(rows);
        }
    }

    /** Figures without incident types (the form before they were added). */
    public IncidentFigures(Figure total, Map<Environment, Figure> perEnvironment,
            Map<InformationSource, Figure> perSource) {
        this(total, perEnvironment, perSource, null, null, null, null);
    }

    private static <K extends Enum<K>> Map<K, Figure> copy(Map<K, Figure> map, Class<K> keys) {
        return Collections.unmodifiableMap(map.isEmpty() ? new EnumMap<>(keys) : new EnumMap<>(map));
    }
}
