package se.stockholm.vbe.platform.internal.secrecy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.Audience;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.IncidentFigures;
import se.stockholm.vbe.api.plan.IncidentType;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.platform.internal.plan.PlanGeneration;

/**
 * What of a situation picture leaves the platform for an {@link Audience}: the one place every read
 * (plan, decided version, consolidated view, summary) takes its situation picture and incident figures
 * from. An audience that sees everything of a committee gets all its sections and counts and exact sums.
 * Any other gets the {@code PUBLIC} sections, no counts, and in total, per environment and per incident type
 * the sums of the {@code PUBLIC} counts with small counts suppressed ({@link SuppressionTable}). A committee's published
 * figures depend on its own counts alone, so they are the same in every view that shows them.
 * Thread-safe.
 */
@Component(service = Disclosure.class, configurationPid = "se.stockholm.vbe.disclosure")
@Designate(ocd = DisclosureConfiguration.class)
public final class Disclosure {

    static final int DEFAULT_MINIMUM_COUNT = 3;

    private static final Logger LOG = LoggerFactory.getLogger(Disclosure.class);

    private final Runnable changed;
    private volatile int minimumCount;

    @Activate
    public Disclosure(DisclosureConfiguration configuration, @Reference PlanGeneration generation) {
        this.changed = generation::changed;
        modified(configuration);
    }

    /** A disclosure with a fixed threshold, for tests. */
    public Disclosure(int minimumCount) {
        this.changed = () -> { };
        this.minimumCount = minimumCount;
    }

    @Modified
    void modified(DisclosureConfiguration configuration) {
        int configured = configuration.minimumCount();
        if (configured < 1) {
            LOG.error("se.stockholm.vbe.disclosure minimumCount must be at least 1 (was {}); using {}", configured,
                    DEFAULT_MINIMUM_COUNT);
            configured = DEFAULT_MINIMUM_COUNT;
        }
        minimumCount = configured;
        // Views rendered with the old threshold must not be served again.
        changed.run();
    }

    /** The plan as this audience may read it. */
    public ActionPlan shown(ActionPlan plan, Audience audience) {
        SituationPicture picture = plan.situationPicture();
        SituationPicture shown = audience.seesEverythingOf(plan.committeeId())
                ? new SituationPicture(picture.sections(), picture.incidents(), exact(List.of(picture)))
                : new SituationPicture(picture.sections().stream()
                        .filter(s -> s.classification() == Classification.PUBLIC).toList(),
                        List.of(), publicFigures(picture));
        return plan.withSituationPicture(shown);
    }

    /**
     * The city-wide figures of a year for this audience. One that sees everything gets exact sums over
     * {@code visible}; any other gets suppressed sums of the {@code PUBLIC} counts of {@code published},
     * protected together with each committee's published figures, so no city-wide total minus committee
     * figures reveals a suppressed one. Per source and per environment and type are withheld while a single
     * committee has public counts: over one committee they would be its detail, which is not public.
     *
     * @param visible every plan of the year the audience may see
     * @param published every plan of the year anyone may see
     */
    public IncidentFigures cityWide(List<ActionPlan> visible, List<ActionPlan> published, Audience audience) {
        if (audience.everything()) {
            return exact(visible.stream().map(ActionPlan::situationPicture).toList());
        }
        int threshold = minimumCount;
        SuppressionTable table = new SuppressionTable(threshold);
        Map<Environment, List<Integer>> environmentColumns = new EnumMap<>(Environment.class);
        Map<IncidentType, List<Integer>> typeColumns = new EnumMap<>(IncidentType.class);
        List<Integer> committeeTotals = new ArrayList<>();
        for (ActionPlan plan : published) {
            List<IncidentCount> counts = publicCounts(plan.situationPicture());
            IncidentFigures figures = committeeFigures(counts, threshold);
            int total = table.published(sum(counts, any()), figures.total());
            List<Integer> environmentRow = new ArrayList<>();
            for (Environment environment : Environment.values()) {
                int cell = table.published(sum(counts, in(environment)), figures.perEnvironment().get(environment));
                environmentRow.add(cell);
                environmentColumns.computeIfAbsent(environment, e -> new ArrayList<>()).add(cell);
            }
            table.sum(total, environmentRow);
            List<Integer> typeRow = new ArrayList<>();
            for (IncidentType type : IncidentType.values()) {
                int cell = table.published(sum(counts, of(type)), figures.perType().get(type));
                typeRow.add(cell);
                typeColumns.computeIfAbsent(type, t -> new ArrayList<>()).add(cell);
            }
            table.sum(total, typeRow);
            committeeTotals.add(total);
        }
        List<IncidentCount> all = published.stream().flatMap(p -> publicCounts(p.situationPicture()).stream())
                .toList();
        boolean oneContributor = published.stream()
                .filter(p -> sum(publicCounts(p.situationPicture()), any()) > 0).count() == 1;
        int grandTotal = table.add(sum(all, any()));
        table.sum(grandTotal, committeeTotals);
        Map<Environment, Integer> environments = margin(table, grandTotal, Environment.values(),
                environment -> sum(all, in(environment)), environmentColumns);
        Map<IncidentType, Integer> types = margin(table, grandTotal, IncidentType.values(),
                type -> sum(all, of(type)), typeColumns);
        Map<InformationSource, Integer> sources = new EnumMap<>(InformationSource.class);
        for (InformationSource source : InformationSource.values()) {
            sources.put(source, detail(table, sum(all, from(source)), oneContributor));
        }
        table.sum(grandTotal, List.copyOf(sources.values()));
        Map<Environment, Map<IncidentType, Integer>> crossed = new EnumMap<>(Environment.class);
        for (Environment environment : Environment.values()) {
            Map<IncidentType, Integer> row = new EnumMap<>(IncidentType.class);
            for (IncidentType type : IncidentType.values()) {
                row.put(type, detail(table, sum(all, in(environment).and(of(type))), oneContributor));
            }
            crossed.put(environment, row);
        }
        // Cells withheld outright protect nothing, and a margin of 0 would pin them all to 0.
        if (!oneContributor) {
            crossed.forEach((environment, row) -> table.sum(environments.get(environment), List.copyOf(row.values())));
            for (IncidentType type : IncidentType.values()) {
                table.sum(types.get(type), crossed.values().stream().map(row -> row.get(type)).toList());
            }
        }
        table.protect();
        Map<Environment, Map<IncidentType, Figure>> perEnvironmentAndType = new EnumMap<>(Environment.class);
        crossed.forEach((environment, row) -> perEnvironmentAndType.put(environment, figures(table, row)));
        return new IncidentFigures(table.figure(grandTotal), figures(table, environments), figures(table, sources),
                figures(table, types), perEnvironmentAndType);
    }

    private IncidentFigures publicFigures(SituationPicture picture) {
        return committeeFigures(publicCounts(picture), minimumCount);
    }

    /** A committee's published figures: in total, per environment and per type, protected on their own. */
    private static IncidentFigures committeeFigures(List<IncidentCount> counts, int threshold) {
        SuppressionTable table = new SuppressionTable(threshold);
        int total = table.add(sum(counts, any()));
        Map<Environment, Integer> environments = margin(table, total, Environment.values(),
                environment -> sum(counts, in(environment)), Map.of());
        Map<IncidentType, Integer> types = margin(table, total, IncidentType.values(),
                type -> sum(counts, of(type)), Map.of());
        table.protect();
        return new IncidentFigures(table.figure(total), figures(table, environments), null, figures(table, types),
                null);
    }

    /**
     * One cell per key, summing to {@code total}, each also the sum of the published cells in
     * {@code columns} (the committees' figures for that key, where there are any).
     */
    private static <K extends Enum<K>> Map<K, Integer> margin(SuppressionTable table, int total, K[] keys,
            ToIntFunction<K> value, Map<K, List<Integer>> columns) {
        Map<K, Integer> cells = new LinkedHashMap<>();
        for (K key : keys) {
            int cell = table.add(value.applyAsInt(key));
            cells.put(key, cell);
            if (columns.containsKey(key)) {
                table.sum(cell, columns.get(key));
            }
        }
        table.sum(total, List.copyOf(cells.values()));
        return cells;
    }

    /** A cell of detail below the margins, withheld outright while it would be one committee's detail. */
    private static int detail(SuppressionTable table, int value, boolean oneContributor) {
        return oneContributor ? table.published(value, Figure.withheld()) : table.add(value);
    }

    private static <K extends Enum<K>> Map<K, Figure> figures(SuppressionTable table, Map<K, Integer> cells) {
        Map<K, Figure> figures = new LinkedHashMap<>();
        cells.forEach((key, index) -> figures.put(key, table.figure(index)));
        return figures;
    }

    private static IncidentFigures exact(List<SituationPicture> pictures) {
        List<IncidentCount> all = pictures.stream().flatMap(p -> p.incidents().stream()).toList();
        Map<Environment, Figure> perEnvironment = new EnumMap<>(Environment.class);
        Map<Environment, Map<IncidentType, Figure>> perEnvironmentAndType = new EnumMap<>(Environment.class);
        for (Environment environment : Environment.values()) {
            perEnvironment.put(environment, Figure.exact(sum(all, in(environment))));
            Map<IncidentType, Figure> row = new EnumMap<>(IncidentType.class);
            for (IncidentType type : IncidentType.values()) {
                row.put(type, Figure.exact(sum(all, in(environment).and(of(type)))));
            }
            perEnvironmentAndType.put(environment, row);
        }
        Map<InformationSource, Figure> perSource = new EnumMap<>(InformationSource.class);
        for (InformationSource source : InformationSource.values()) {
            perSource.put(source, Figure.exact(sum(all, from(source))));
        }
        Map<IncidentType, Figure> perType = new EnumMap<>(IncidentType.class);
        for (IncidentType type : IncidentType.values()) {
            perType.put(type, Figure.exact(sum(all, of(type))));
        }
        return new IncidentFigures(Figure.exact(sum(all, any())), perEnvironment, perSource, perType,
                perEnvironmentAndType);
    }

    private static List<IncidentCount> publicCounts(SituationPicture picture) {
        return picture.incidents().stream().filter(c -> c.classification() == Classification.PUBLIC).toList();
    }

    private static int sum(List<IncidentCount> counts, Predicate<IncidentCount> which) {
        return counts.stream().filter(which).mapToInt(IncidentCount::count).sum();
    }

    private static Predicate<IncidentCount> any() {
        return c -> true;
    }

    private static Predicate<IncidentCount> in(Environment environment) {
        return c -> c.environment() == environment;
    }

    private static Predicate<IncidentCount> of(IncidentType type) {
        return c -> c.type() == type;
    }

    private static Predicate<IncidentCount> from(InformationSource source) {
        return c -> c.source() == source;
    }
}
