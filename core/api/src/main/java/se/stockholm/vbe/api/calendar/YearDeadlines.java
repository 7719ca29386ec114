package se.stockholm.vbe.api.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The city's deadlines of one plan year. Until the coordinator sets them they come from the configured defaults
 * ({@code changedAt} and {@code changedBy} absent). As a request body only the five dates count.
 *
 * @param year the plan year (may be left out of a request body; if given, it must be the path's)
 * @param t1 the last day for tertialrapport 1
 * @param t2 the last day for tertialrapport 2, after {@code t1}
 * @param annualReport the last day for the verksamhetsberättelse, after {@code t2}, at the latest in the next year
 * @param committeeAdoption the last day for the committees to adopt their plans
 * @param cityApproval the last day for kommunstyrelsen to approve the plans, not before {@code committeeAdoption}
 * @param changedAt when the coordinator last set the year; {@code null} for the defaults
 * @param changedBy who did
 */
public record YearDeadlines(Integer year, LocalDate t1, LocalDate t2, LocalDate annualReport,
        LocalDate committeeAdoption, LocalDate cityApproval, Instant changedAt, String changedBy) {

    /** The date of one deadline. */
    public LocalDate date(Deadline deadline) {
        return switch (deadline) {
            case T1 -> t1;
            case T2 -> t2;
            case ANNUAL_REPORT -> annualReport;
            case COMMITTEE_ADOPTION -> committeeAdoption;
            case CITY_APPROVAL -> cityApproval;
        };
    }
}
