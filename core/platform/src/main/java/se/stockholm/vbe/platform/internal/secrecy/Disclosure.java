package se.stockholm.vbe.platform.internal.secrecy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.platform.internal.plan.PlanGeneration;

/**
 * What of a situation picture leaves the platform for an {@link Audience}: the one place every read
 * (plan, decided version, consolidated view, summary) takes its situation picture and incident figures
 * from. An audience that sees everything of a committee gets all its sections and counts and exact sums.
 * Any other gets the {@code PUBLIC} sections, no per-source counts, and per environment the sum of the
 * {@code PUBLIC} counts with small counts suppressed ({@link SuppressionTable}). A committee's published
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
     * figures reveals a suppressed one. Per source is withheld while a single committee has public counts.
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
        Map<Environment, List<Integer>> columns = new EnumMap<>(Environment.class);
        List<Integer> committeeTotals = new ArrayList<>();
        for (ActionPlan plan : published) {
            List<IncidentCount> counts = publicCounts(plan.situationPicture());
            IncidentFigures figures = committeeFigures(counts, threshold);
            List<Integer> row = new ArrayList<>();
            for (Environment environment : Environment.values()) {
                int cell = table.published(sum(counts, environment, null), figures.perEnvironment().get(environment));
                row.add(cell);
                columns.computeIfAbsent(environment, e -> new ArrayList<>()).add(cell);
            }
            int total = table.published(sum(counts, null, null), figures.total());
            table.sum(total, row);
            committeeTotals.add(total);
        }
        List<IncidentCount> all = published.stream().flatMap(p -> publicCounts(p.situationPicture()).stream())
                .toList();
        int grandTotal = table.add(sum(all, null, null));
        table.sum(grandTotal, committeeTotals);
        Map<Environment, Integer> environments = new LinkedHashMap<>();
        for (Environment environment : Environment.values()) {
            int cell = table.add(sum(all, environment, null));
            environments.put(environment, cell);
            table.sum(cell, columns.getOrDefault(environment, List.of()));
        }
        table.sum(grandTotal, List.copyOf(environments.values()));
        // Per source over one committee would be that committee's per-source detail, which is not public.
        long contributors = published.stream().filter(p -> sum(publicCounts(p.situationPicture()), null, null) > 0)
                .count();
        Map<InformationSource, Integer> sources = new LinkedHashMap<>();
        for (InformationSource source : InformationSource.values()) {
            int value = sum(all, null, source);
            sources.put(source, contributors == 1 ? table.published(value, Figure.withheld()) : table.add(value));
        }
        table.sum(grandTotal, List.copyOf(sources.values()));
        table.protect();
        Map<Environment, Figure> perEnvironment = new EnumMap<>(Environment.class);
        environments.forEach((environment, index) -> perEnvironment.put(environment, table.figure(index)));
        Map<InformationSource, Figure> perSource = new EnumMap<>(InformationSource.class);
        sources.forEach((source, index) -> perSource.put(source, table.figure(index)));
        return new IncidentFigures(table.figure(grandTotal), perEnvironment, perSource);
    }

    private IncidentFigures publicFigures(SituationPicture picture) {
        return committeeFigures(publicCounts(picture), minimumCount);
    }

    /** A committee's published figures: per environment and in total, protected on their own. */
    private static IncidentFigures committeeFigures(List<IncidentCount> counts, int threshold) {
        SuppressionTable table = new SuppressionTable(threshold);
        Map<Environment, Integer> cells = new LinkedHashMap<>();
        for (Environment environment : Environment.values()) {
            cells.put(environment, table.add(sum(counts, environment, null)));
        }
        int total = table.add(sum(counts, null, null));
        table.sum(total, List.copyOf(cells.values()));
        table.protect();
        Map<Environment, Figure> perEnvironment = new EnumMap<>(Environment.class);
        cells.forEach((environment, index) -> perEnvironment.put(environment, table.figure(index)));
        return new IncidentFigures(table.figure(total), perEnvironment, null);
    }

    private static IncidentFigures exact(List<SituationPicture> pictures) {
        List<IncidentCount> all = pictures.stream().flatMap(p -> p.incidents().stream()).toList();
        Map<Environment, Figure> perEnvironment = new EnumMap<>(Environment.class);
        for (Environment environment : Environment.values()) {
            perEnvironment.put(environment, Figure.exact(sum(all, environment, null)));
        }
        Map<InformationSource, Figure> perSource = new EnumMap<>(InformationSource.class);
        for (InformationSource source : InformationSource.values()) {
            perSource.put(source, Figure.exact(sum(all, null, source)));
        }
        return new IncidentFigures(Figure.exact(sum(all, null, null)), perEnvironment, perSource);
    }

    private static List<IncidentCount> publicCounts(SituationPicture picture) {
        return picture.incidents().stream().filter(c -> c.classification() == Classification.PUBLIC).toList();
    }

    /** The sum of the counts of one environment and/or source ({@code null}: any). */
    private static int sum(List<IncidentCount> counts, Environment environment, InformationSource source) {
        return counts.stream().filter(c -> environment == null || c.environment() == environment)
                .filter(c -> source == null || c.source() == source).mapToInt(IncidentCount::count).sum();
    }
}
