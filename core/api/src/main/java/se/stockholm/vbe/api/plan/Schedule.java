package se.stockholm.vbe.api.plan;

import java.time.YearMonth;

/**
 * When an activity runs: from a start month to an end month, or ongoing (löpande).
 *
 * @param start first month; {@code null} when ongoing
 * @param end last month, not before {@code start}; {@code null} when ongoing
 * @param ongoing whether the activity runs continuously (löpande); absent means false
 */
public record Schedule(YearMonth start, YearMonth end, Boolean ongoing) {

    public Schedule {
        ongoing = Boolean.TRUE.equals(ongoing);
        if (ongoing) {
            if (start != null || end != null) {
                throw new IllegalArgumentException("an ongoing schedule has no start or end");
            }
        } else {
            if (start == null) {
                throw new IllegalArgumentException("start is required unless the schedule is ongoing");
            }
            if (end == null) {
                throw new IllegalArgumentException("end is required unless the schedule is ongoing");
            }
            if (start.getYear() < 1900 || end.getYear() > 2199) {
                throw new IllegalArgumentException("start and end must lie between 1900 and 2199");
            }
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("end " + end + " is before start " + start);
            }
        }
    }

    /**
     * This schedule moved by whole years, both ends, e.g. 2019-03..2019-10 by one year is 2020-03..2020-10 and a
     * school year 2019-08..2020-06 becomes 2020-08..2021-06; an ongoing schedule stays ongoing.
     */
    public Schedule movedBy(int years) {
        return ongoing ? this : between(start.plusYears(years), end.plusYears(years));
    }

    public static Schedule between(YearMonth start, YearMonth end) {
        return new Schedule(start, end, false);
    }

    public static Schedule continuous() {
        return new Schedule(null, null, true);
    }
}
