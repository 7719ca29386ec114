package se.stockholm.vbe.api.plan;

/**
 * The city's accepted de-identified incident reports, this year and the year before, added up per environment
 * and type (and in total, per tertial), as the caller may see them: exact for those who see everything, for
 * everyone else with small counts suppressed as every public incident figure is. Nothing in it says who reported.
 *
 * @param year the summary's year
 * @param thisYear the reports of {@code year}'s months
 * @param lastYear the reports of the year before's months
 */
public record AcceptedReportTotals(int year, IncidentFigures thisYear, IncidentFigures lastYear) {
}
