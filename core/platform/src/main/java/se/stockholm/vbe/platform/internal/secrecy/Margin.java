package se.stockholm.vbe.platform.internal.secrecy;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.IncidentFigures;
import se.stockholm.vbe.api.plan.IncidentType;
import se.stockholm.vbe.api.plan.Tertial;

/**
 * One way a committee's public figures add its counts up (per environment, per type, per tertial): the cells,
 * which counts each sums, and where a cell's figure sits in {@link IncidentFigures}. The cells of a margin add
 * up to the total.
 *
 * @param keys the cells, in order
 * @param counts which counts a cell sums
 * @param figure a cell's figure in published figures
 */
record Margin<K>(List<K> keys, Function<K, Predicate<IncidentCount>> counts,
        BiFunction<IncidentFigures, K, Figure> figure) {

    static final Margin<Environment> ENVIRONMENT = new Margin<>(List.of(Environment.values()),
            environment -> c -> c.environment() == environment, (figures, key) -> figures.perEnvironment().get(key));
    static final Margin<IncidentType> TYPE = new Margin<>(List.of(IncidentType.values()),
            type -> c -> c.type() == type, (figures, key) -> figures.perType().get(key));
    /** The tertials and, as {@code null}, the counts whose tertial is unknown. */
    static final Margin<Tertial> PERIOD = new Margin<>(Arrays.asList(Tertial.T1, Tertial.T2, Tertial.T3, null),
            period -> c -> c.period() == period,
            (figures, key) -> key == null ? figures.periodUnknown() : figures.perPeriod().get(key));

    /** The sum of the counts of one cell. */
    int sum(List<IncidentCount> all, K key) {
        return all.stream().filter(counts.apply(key)).mapToInt(IncidentCount::count).sum();
    }
}
