package se.stockholm.vbe.rest.internal.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.CitySummary;
import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.FollowUpStatus;
import se.stockholm.vbe.api.plan.FollowUpTally;
import se.stockholm.vbe.api.plan.IncidentFigures;

/**
 * The city summary as small tables, one under the other on the workbook's second sheet: the year in figures,
 * activities per area, follow-up per period and the incident figures exactly as the caller's view has them
 * (a small or withheld figure stays its marker, {@code "<3"} or {@code ".."}).
 */
public final class SummaryTables {

    static final String MARKERS = "<3 = färre än 3, .. = uppgift skyddad så att ett litet antal inte kan räknas fram";

    private SummaryTables() {
    }

    public static List<Table> of(CitySummary summary) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(List.of("Stadens sammanställning", String.valueOf(summary.year())), List.of(
                row("Nämnder med plan", summary.committees()),
                row("Aktiviteter", summary.activities()),
                row("Nämnder utan plan", String.join(", ", summary.committeesWithoutPlan())))));
        List<List<Object>> areas = new ArrayList<>();
        for (Area area : Area.values()) {
            areas.add(row(area.label(), summary.activitiesPerArea().getOrDefault(area, 0)));
        }
        tables.add(new Table(List.of("Område", "Aktiviteter"), areas));
        List<String> statuses = new ArrayList<>(List.of("Uppföljning"));
        for (FollowUpStatus status : FollowUpStatus.values()) {
            statuses.add(SwedishLabels.of(status));
        }
        List<List<Object>> periods = new ArrayList<>();
        for (FollowUpTally tally : summary.followUps()) {
            List<Object> row = new ArrayList<>(List.of(tally.period().label()));
            for (FollowUpStatus status : FollowUpStatus.values()) {
                row.add(tally.counts().getOrDefault(status, 0));
            }
            periods.add(row);
        }
        tables.add(new Table(statuses, periods));
        IncidentFigures incidents = summary.incidents();
        if (incidents != null) {
            List<List<Object>> figures = new ArrayList<>();
            figures.add(row("Totalt", SwedishLabels.of(incidents.total())));
            figures.addAll(figures("Miljö", incidents.perEnvironment(), environment -> environment.label()));
            figures.addAll(figures("Typ", incidents.perType(), type -> type.label()));
            figures.addAll(figures("Källa", incidents.perSource(), source -> source.label()));
            figures.add(row(MARKERS, null));
            tables.add(new Table(List.of("Rapporterade händelser", "Antal"), figures));
        }
        return tables;
    }

    private static <K> List<List<Object>> figures(String kind, Map<K, Figure> figures, Function<K, String> label) {
        List<List<Object>> rows = new ArrayList<>();
        if (figures != null) {
            figures.forEach((key, figure) -> rows.add(row(kind + ": " + label.apply(key), SwedishLabels.of(figure))));
        }
        return rows;
    }

    private static List<Object> row(String name, Object value) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        row.add(value);
        return row;
    }
}
