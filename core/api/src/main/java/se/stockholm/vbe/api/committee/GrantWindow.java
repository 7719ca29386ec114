package se.stockholm.vbe.api.committee;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;

import se.stockholm.vbe.api.Validation;

/**
 * A period every year in which associations may apply for a committee's grants (föreningsbidrag), as its bundle
 * gives it: the same months and days each year, within one calendar year. Its editor may set other dates for one
 * year over REST. Shown to anyone in the deadline calendar.
 *
 * @param title what may be applied for, e.g. "Ansökan om föreningsbidrag för hösten"; one line, at most 200
 * @param opens the first day of the window, {@code MM-DD}
 * @param closes the last day of the window, {@code MM-DD}, not before {@code opens}
 */
public record GrantWindow(String title, String opens, String closes) {

    /** The most windows a committee may give for one year. */
    public static final int MAX_PER_YEAR = 10;

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    public GrantWindow {
        title = Validation.requireLine(title, "title", 200);
        MonthDay first = monthDay(opens, "opens");
        MonthDay last = monthDay(closes, "closes");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("closes (" + closes + ") is before opens (" + opens
                    + "); a window lies within one calendar year");
        }
    }

    /** The first day of the window in {@code year} (29 February is the 28th in other years). */
    public LocalDate opensIn(int year) {
        return MonthDay.parse(opens, MONTH_DAY).atYear(year);
    }

    /** The last day of the window in {@code year}. */
    public LocalDate closesIn(int year) {
        return MonthDay.parse(closes, MONTH_DAY).atYear(year);
    }

    private static MonthDay monthDay(String value, String field) {
        Validation.require(value, field);
        try {
            return MonthDay.parse(value, MONTH_DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + " must be a day of the year as MM-DD, e.g. 03-31 (was "
                    + value + ")");
        }
    }
}
