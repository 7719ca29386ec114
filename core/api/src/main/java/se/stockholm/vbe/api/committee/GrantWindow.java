package se.stockholm.vbe.api.committee;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;

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

    /**
     * The rule for a committee's windows of one year, whether its bundle gives them or its editor sets them: at most
     * {@link #MAX_PER_YEAR}, each title free of personal identity numbers.
     *
     * @param titles the windows' titles, in order
     * @param field the list's field, e.g. {@code grantWindows}; a title is named {@code field[i].title}
     * @throws InvalidInputException naming the list or the title that breaks the rule
     */
    public static void checkYear(List<String> titles, String field) {
        if (titles.size() > MAX_PER_YEAR) {
            throw new InvalidInputException(field, "at most " + MAX_PER_YEAR + " grant application windows a year "
                    + "(has " + titles.size() + ")");
        }
        for (int i = 0; i < titles.size(); i++) {
            PersonalDataGuard.check(titles.get(i), field + "[" + i + "].title");
        }
    }

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
