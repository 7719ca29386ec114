package se.stockholm.vbe.platform.internal.secrecy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
import se.stockholm.vbe.api.plan.Tertial;
import se.stockholm.vbe.platform.internal.plan.PlanGeneration;

/**
 * What of a situation picture leaves the platform for an {@link Audience}: the one place every read
 * (plan, decided version, consolidated view, summary) takes its situation picture and incident figures
 * from. An audience that sees everything of a committee gets all its sections and counts and exact sums.
 * Any other gets the {@code PUBLIC} sections, no counts, and in total, per environment, incident type and tertial
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
                ? picture.shown(picture.sections(), picture.incidents(), exact(picture.incidents()))
                : picture.shown(picture.sections().stream()
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
            return exact(visible.stream().flatMap(p -> p.situationPicture().incidents().stream()).toList());
        }
        return suppressed(published.stream().map(p -> publicCounts(p.situationPicture())).toList());
    }

    /**
     * City-wide figures over counts that are not a plan's (accepted incident reports), one list per committee: exact
     * for an audience that sees everything, for any other suppressed exactly as {@link #cityWide} suppresses public
     * counts, each committee's list protected as if it published its own figures.
     */
    public IncidentFigures cityWideOf(List<List<IncidentCount>> perCommittee, Audience audience) {
        if (audience.everything()) {
            return exact(perCommittee.stream().flatMap(List::stream).toList());
        }
        return suppressed(perCommittee);
    }

    /** Suppressed city-wide sums of each committee's public counts. */
    private IncidentFigures suppressed(List<List<IncidentCount>> published) {
        int threshold = minimumCount;
        SuppressionTable table = new SuppressionTable(threshold);
        Map<Environment, List<Integer>> environmentColumns = new HashMap<>();
        Map<IncidentType, List<Integer>> typeColumns = new HashMap<>();
        Map<Tertial, List<Integer>> periodColumns = new HashMap<>();
        List<Integer> committeeTotals = new ArrayList<>();
        for (List<IncidentCount> counts : published) {
            IncidentFigures figures = committeeFigures(counts, threshold);
            int total = table.published(sum(counts, c -> true), figures.total());
            publishedRow(table, total, Margin.ENVIRONMENT, counts, figures, environmentColumns);
            publishedRow(table, total, Margin.TYPE, counts, figures, typeColumns);
            publishedRow(table, total, Margin.PERIOD, counts, figures, periodColumns);
            committeeTotals.add(total);
        }
        List<IncidentCount> all = published.stream().flatMap(List::stream).toList();
        boolean oneContributor = published.stream().filter(counts -> sum(counts, c -> true) > 0).count() == 1;
        int grandTotal = table.add(sum(all, c -> true));
        table.sum(grandTotal, committeeTotals);
        Map<Environment, Integer> environments = cells(table, grandTotal, Margin.ENVIRONMENT, all, environmentColumns);
        Map<IncidentType, Integer> types = cells(table, grandTotal, Margin.TYPE, all, typeColumns);
        Map<Tertial, Integer> periods = cells(table, grandTotal, Margin.PERIOD, all, periodColumns);
        Map<InformationSource, Integer> sources = new EnumMap<>(InformationSource.class);
        for (InformationSource source : InformationSource.values()) {
            sources.put(source, detail(table, sum(all, c -> c.source() == source), oneContributor));
        }
        table.sum(grandTotal, List.copyOf(sources.values()));
        Map<Environment, Map<IncidentType, Integer>> crossed = new EnumMap<>(Environment.class);
        for (Environment environment : Environment.values()) {
            Map<IncidentType, Integer> row = new EnumMap<>(IncidentType.class);
            for (IncidentType type : IncidentType.values()) {
                row.put(type, detail(table, sum(all, c -> c.environment() == environment && c.type() == type),
                        oneContributor));
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
        return figures(table, grandTotal, environments, figures(table, sources), types, perEnvironmentAndType,
                periods);
    }

    private IncidentFigures publicFigures(SituationPicture picture) {
        return committeeFigures(publicCounts(picture), minimumCount);
    }

    /** A committee's published figures: in total, per environment, type and tertial, protected on their own. */
    private static IncidentFigures committeeFigures(List<IncidentCount> counts, int threshold) {
        SuppressionTable table = new SuppressionTable(threshold);
        int total = table.add(sum(counts, c -> true));
        Map<Environment, Integer> environments = cells(table, total, Margin.ENVIRONMENT, counts, Collections.emptyMap());
        Map<IncidentType, Integer> types = cells(table, total, Margin.TYPE, counts, Collections.emptyMap());
        Map<Tertial, Integer> periods = cells(table, total, Margin.PERIOD, counts, Collections.emptyMap());
        table.protect();
        return figures(table, total, environments, null, types, null, periods);
    }

    /** A committee's figures of a margin, as it published them, entered as a row adding up to its total. */
    private static <K> void publishedRow(SuppressionTable table, int total, Margin<K> margin,
            List<IncidentCount> counts, IncidentFigures figures, Map<K, List<Integer>> columns) {
        List<Integer> row = new ArrayList<>();
        for (K key : margin.keys()) {
            int cell = table.published(margin.sum(counts, key), margin.figure().apply(figures, key));
            row.add(cell);
            columns.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
        }
        table.sum(total, row);
    }

    /**
     * The cells of a margin, adding up to {@code total}, each also the sum of its cells in {@code columns}
     * (the committees' published figures for that cell, where there are any).
     */
    private static <K> Map<K, Integer> cells(SuppressionTable table, int total, Margin<K> margin,
            List<IncidentCount> counts, Map<K, List<Integer>> columns) {
        Map<K, Integer> cells = new LinkedHashMap<>();
        for (K key : margin.keys()) {
            int cell = table.add(margin.sum(counts, key));
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

    private static IncidentFigures figures(SuppressionTable table, int total, Map<Environment, Integer> environments,
            Map<InformationSource, Figure> perSource, Map<IncidentType, Integer> types,
            Map<Environment, Map<IncidentType, Figure>> perEnvironmentAndType, Map<Tertial, Integer> periods) {
        Map<Tertial, Figure> perPeriod = figures(table, periods);
        Figure periodUnknown = perPeriod.remove(null);
        return new IncidentFigures(table.figure(total), figures(table, environments), perSource,
                figures(table, types), perEnvironmentAndType, perPeriod, periodUnknown);
    }

    private static <K> Map<K, Figure> figures(SuppressionTable table, Map<K, Integer> cells) {
        Map<K, Figure> figures = new LinkedHashMap<>();
        cells.forEach((key, index) -> figures.put(key, table.figure(index)));
        return figures;
    }

    /** Exact figures over {@code all}: a table where nothing is small, so nothing is suppressed. */
    private static IncidentFigures exact(List<IncidentCount> all) {
        SuppressionTable table = new SuppressionTable(1);
        Map<InformationSource, Integer> sources = new EnumMap<>(InformationSource.class);
        for (InformationSource source : InformationSource.values()) {
            sources.put(source, table.add(sum(all, c -> c.source() == source)));
        }
        Map<Environment, Map<IncidentType, Figure>> perEnvironmentAndType = new EnumMap<>(Environment.class);
        for (Environment environment : Environment.values()) {
            Map<IncidentType, Figure> row = new EnumMap<>(IncidentType.class);
            for (IncidentType type : IncidentType.values()) {
                row.put(type, Figure.exact(sum(all, c -> c.environment() == environment && c.type() == type)));
            }
            perEnvironmentAndType.put(environment, row);
        }
        int total = table.add(sum(all, c -> true));
        return figures(table, total, cells(table, total, Margin.ENVIRONMENT, all, Collections.emptyMap()), figures(table, sources),
                cells(table, total, Margin.TYPE, all, Collections.emptyMap()), perEnvironmentAndType,
                cells(table, total, Margin.PERIOD, all, Collections.emptyMap()));
    }

    private static List<IncidentCount> publicCounts(SituationPicture picture) {
        return picture.incidents().stream().filter(c -> c.classification() == Classification.PUBLIC).toList();
    }

    private static int sum(List<IncidentCount> counts, Predicate<IncidentCount> which) {
        return counts.stream().filter(which).mapToInt(IncidentCount::count).sum();
    }
}
