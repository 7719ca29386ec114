package se.stockholm.vbe.api.routine;

import java.time.YearMonth;

/**
 * How often the routine was asked in one month, for one committee or for none.
 *
 * @param committeeId the committee asked about; {@code null} for the uses that named none
 * @param month the month, in the city's time zone
 * @param uses how many times
 */
public record RoutineUsage(String committeeId, YearMonth month, long uses) {
}
