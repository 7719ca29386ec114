package se.stockholm.vbe.api.report;

import java.util.List;

import se.stockholm.vbe.api.plan.IncidentCount;

/**
 * A committee's accepted reports of one year added up as situation-picture counts (environment × type × source ×
 * tertial of the month × place type). Nothing in it says who reported.
 *
 * @param committeeId the committee
 * @param year the year of the reports' months
 * @param accepted how many reports of the year were accepted
 * @param notTakenOver how many of them no plan's situation picture counts yet
 * @param counts the accepted reports not yet taken over, as counts ({@code CONFIDENTIAL}, as every count is until
 *        an editor classifies it)
 */
public record ReportFigures(String committeeId, int year, int accepted, int notTakenOver, List<IncidentCount> counts) {

    public ReportFigures {
        counts = List.copyOf(counts);
    }
}
