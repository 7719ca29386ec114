package se.stockholm.vbe.platform.internal.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.Tertial;
import se.stockholm.vbe.api.report.IncidentReport;

/**
 * Reports added up as situation-picture counts: one count per environment × type × source × tertial of the month ×
 * place type. What a count holds is how many reports; nothing of who sent them or what they said.
 */
public final class ReportCounts {

    private ReportCounts() {
    }

    /** The counts of {@code reports}, classified {@code classification} ({@code null}: confidential). */
    public static List<IncidentCount> of(List<IncidentReport> reports, Classification classification) {
        Map<String, IncidentCount> counts = new LinkedHashMap<>();
        for (IncidentReport report : reports) {
            IncidentCount one = new IncidentCount(report.environment(), report.type(), report.source(),
                    Tertial.of(report.month().getMonth()), report.placeType(), 1, classification, null);
            counts.merge(one.key(), one, ReportCounts::plus);
        }
        return List.copyOf(counts.values());
    }

    private static IncidentCount plus(IncidentCount kept, IncidentCount more) {
        return new IncidentCount(kept.environment(), kept.type(), kept.source(), kept.period(), kept.placeType(),
                kept.count() + more.count(), kept.classification(), kept.legalGround());
    }
}
