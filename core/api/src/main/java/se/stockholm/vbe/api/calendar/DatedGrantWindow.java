package se.stockholm.vbe.api.calendar;

import java.time.LocalDate;

import se.stockholm.vbe.api.Validation;

/**
 * A committee's grant application window in one year.
 *
 * @param title what may be applied for; one line, at most 200 characters
 * @param opens the first day
 * @param closes the last day, not before {@code opens}
 */
public record DatedGrantWindow(String title, LocalDate opens, LocalDate closes) {

    public DatedGrantWindow {
        title = Validation.requireLine(title, "title", 200);
        Validation.require(opens, "opens");
        Validation.require(closes, "closes");
        if (closes.isBefore(opens)) {
            throw new IllegalArgumentException("closes (" + closes + ") is before opens (" + opens + ")");
        }
    }
}
