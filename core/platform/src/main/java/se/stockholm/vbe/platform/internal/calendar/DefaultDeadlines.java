package se.stockholm.vbe.platform.internal.calendar;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

import se.stockholm.vbe.api.calendar.YearDeadlines;

/**
 * The configured deadlines as days of the year, applied to any plan year: the verksamhetsberättelse falls in the
 * year after, every other deadline in the plan year itself.
 */
record DefaultDeadlines(MonthDay t1, MonthDay t2, MonthDay annualReport, MonthDay committeeAdoption,
        MonthDay cityApproval) {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** The built-in defaults, for a configuration that cannot be used. */
    static final DefaultDeadlines BUILT_IN = new DefaultDeadlines(MonthDay.of(5, 15), MonthDay.of(9, 15),
            MonthDay.of(2, 15), MonthDay.of(5, 31), MonthDay.of(6, 30));

    /**
     * @throws IllegalArgumentException naming the property that is not a day of the year, or dates out of order
     */
    static DefaultDeadlines of(CalendarConfiguration configuration) {
        DefaultDeadlines defaults = new DefaultDeadlines(parse(configuration.t1(), "t1"),
                parse(configuration.t2(), "t2"), parse(configuration.annualReport(), "annualReport"),
                parse(configuration.committeeAdoption(), "committeeAdoption"),
                parse(configuration.cityApproval(), "cityApproval"));
        // a leap year is the strictest test of the order rules
        DeadlineRules.check(defaults.in(2028));
        return defaults;
    }

    /** The deadlines of a plan year. */
    YearDeadlines in(int year) {
        return new YearDeadlines(year, t1.atYear(year), t2.atYear(year), annualReport.atYear(year + 1),
                committeeAdoption.atYear(year), cityApproval.atYear(year), null, null);
    }

    private static MonthDay parse(String value, String property) {
        try {
            return MonthDay.parse(value.strip(), MONTH_DAY);
        } catch (DateTimeException | NullPointerException e) {
            throw new IllegalArgumentException(property + " must be a day of the year as MM-DD (was " + value + ")");
        }
    }
}
