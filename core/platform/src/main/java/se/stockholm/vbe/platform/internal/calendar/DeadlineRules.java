package se.stockholm.vbe.platform.internal.calendar;

import java.time.LocalDate;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.calendar.Deadline;
import se.stockholm.vbe.api.calendar.YearDeadlines;

/**
 * What makes a year's deadlines a usable cycle: every date given, each in its year (the verksamhetsberättelse in the
 * plan year or the next), tertialrapport 1 before 2 before the verksamhetsberättelse, and the committees' adoption
 * no later than kommunstyrelsen's approval.
 */
final class DeadlineRules {

    private DeadlineRules() {
    }

    /** @throws InvalidInputException naming the first field that breaks a rule */
    static void check(YearDeadlines deadlines) {
        int year = deadlines.year();
        for (Deadline deadline : Deadline.values()) {
            LocalDate date = deadlines.date(deadline);
            String field = field(deadline);
            if (date == null) {
                throw new InvalidInputException(field, "is required (a date, e.g. " + year + "-05-15)");
            }
            int last = deadline == Deadline.ANNUAL_REPORT ? year + 1 : year;
            if (date.getYear() < year || date.getYear() > last) {
                throw new InvalidInputException(field, "must lie in " + (last == year ? year : year + " or " + last)
                        + " (was " + date + ")");
            }
        }
        after(deadlines.t2(), "t2", deadlines.t1(), "t1");
        after(deadlines.annualReport(), "annualReport", deadlines.t2(), "t2");
        if (deadlines.cityApproval().isBefore(deadlines.committeeAdoption())) {
            throw new InvalidInputException("cityApproval", "must not be before committeeAdoption ("
                    + deadlines.committeeAdoption() + "): kommunstyrelsen approves what the committees adopted (was "
                    + deadlines.cityApproval() + ")");
        }
    }

    /** The JSON field of a deadline. */
    static String field(Deadline deadline) {
        return switch (deadline) {
            case T1 -> "t1";
            case T2 -> "t2";
            case ANNUAL_REPORT -> "annualReport";
            case COMMITTEE_ADOPTION -> "committeeAdoption";
            case CITY_APPROVAL -> "cityApproval";
        };
    }

    private static void after(LocalDate later, String laterField, LocalDate earlier, String earlierField) {
        if (!later.isAfter(earlier)) {
            throw new InvalidInputException(laterField, "must be after " + earlierField + " (" + earlier + "; was "
                    + later + ")");
        }
    }
}
