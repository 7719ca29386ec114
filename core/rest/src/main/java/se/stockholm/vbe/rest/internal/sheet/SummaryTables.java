package se.stockholm.vbe.rest.internal.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.stockholm.vbe.api.plan.AcceptedReportTotals;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.CitySummary;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.Figure;
import se.stockholm.vbe.api.plan.FollowUpStatus;
import se.stockholm.vbe.api.plan.FollowUpTally;
import se.stockholm.vbe.api.plan.IncidentFigures;
import se.stockholm.vbe.api.plan.IncidentType;
import se.stockholm.vbe.rest.internal.document.PlanTerms;

/**
 * The city summary as small tables, one under the other on the workbook's second sheet: the year in figures
 * (the committees without a plan by name), activities per area, follow-up per period, the incident figures and
 * the accepted incident reports of this year and last, exactly as the caller's view has them (a small or withheld
 * figure stays its marker, {@code "<3"} or {@code ".."}).
 */
public final class SummaryTables {

    static final String MARKERS =
            "<3 = färre än 3, .. = uppgift skyddad så att ett litet antal inte kan räknas fram";

    private SummaryTables() {
    }

    /** The tables of {@code summary}, naming committees by {@code committeeName} (id to name). */
    public static List<Table> of(CitySummary summary, Function<String, String> committeeName) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(List.of("Stadens sammanställning", String.valueOf(summary.year())), List.of(
                row("Nämnder med plan", summary.committees()),
                row("Aktiviteter", summary.activities()),
                row("Nämnder utan plan", String.join(", ",
                        summary.committeesWithoutPlan().stream().map(committeeName).toList())))));
        List<List<Object>> areas = new ArrayList<>();
        for (Area area : Area.values()) {
            areas.add(row(area.label(), summary.activitiesPerArea().getOrDefault(area, 0)));
        }
        tables.add(new Table(List.of("Område", "Aktiviteter"), areas));
        List<String> statuses = new ArrayList<>(List.of("Uppföljning"));
        for (FollowUpStatus status : FollowUpStatus.values()) {
            statuses.add(status.label());
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
            figures.add(row("Totalt", PlanTerms.figure(incidents.total())));
            figures.addAll(figures("Miljö", incidents.perEnvironment(), environment -> environment.label()));
            figures.addAll(figures("Typ", incidents.perType(), type -> type.label()));
            figures.addAll(figures("Källa", incidents.perSource(), source -> source.label()));
            figures.add(row(MARKERS, null));
            tables.add(new Table(List.of("Rapporterade händelser", "Antal"), figures));
        }
        if (summary.acceptedReports() != null) {
            tables.add(acceptedReports(summary.acceptedReports()));
        }
        return tables;
    }

    /** The city's accepted reports from staff, this year beside last, in total, per type and per environment. */
    private static Table acceptedReports(AcceptedReportTotals reports) {
        IncidentFigures now = reports.thisYear();
        IncidentFigures before = reports.lastYear();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Totalt", cell(now == null ? null : now.total()),
                cell(before == null ? null : before.total())));
        for (IncidentType type : IncidentType.values()) {
            rows.add(List.of("Typ: " + type.label(), cell(figure(now == null ? null : now.perType(), type)),
                    cell(figure(before == null ? null : before.perType(), type))));
        }
        for (Environment environment : Environment.values()) {
            rows.add(List.of("Miljö: " + environment.label(),
                    cell(figure(now == null ? null : now.perEnvironment(), environment)),
                    cell(figure(before == null ? null : before.perEnvironment(), environment))));
        }
        rows.add(row(MARKERS, null));
        return new Table(List.of("Godkända rapporter från medarbetare", String.valueOf(reports.year()),
                String.valueOf(reports.year() - 1)), rows);
    }

    private static <K> Figure figure(Map<K, Figure> figures, K key) {
        return figures == null ? null : figures.get(key);
    }

    /** A figure the view does not have is an empty cell, never a zero it might not be. */
    private static Object cell(Figure figure) {
        Object cell = PlanTerms.figure(figure);
        return cell == null ? "" : cell;
    }

    private static <K> List<List<Object>> figures(String kind, Map<K, Figure> figures, Function<K, String> label) {
        List<List<Object>> rows = new ArrayList<>();
        if (figures != null) {
            figures.forEach((key, figure) -> rows.add(row(kind + ": " + label.apply(key), PlanTerms.figure(figure))));
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
