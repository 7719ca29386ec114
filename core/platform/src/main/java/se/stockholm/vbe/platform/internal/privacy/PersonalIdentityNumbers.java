package se.stockholm.vbe.platform.internal.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.stockholm.vbe.api.Validation;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer)
 * in free text. A candidate counts only with a real date (day + 60 for a samordningsnummer) and a valid
 * check digit, so an organisationsnummer, whose "month" is 20 or more, is never mistaken for one.
 */
public final class PersonalIdentityNumbers {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9])(?:(1[89]|20))?([0-9]{2})([0-9]{2})([0-9]{2})[-+ ]?([0-9]{3})([0-9])(?![0-9])");

    private PersonalIdentityNumbers() {
    }

    /** Whether {@code text} contains a personnummer or samordningsnummer in any of its written forms. */
    public static boolean containsOne(String text) {
        if (text == null) {
            return false;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (isValid(matcher)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isValid(Matcher number) {
        String century = number.group(1);
        int year = Integer.parseInt(number.group(2));
        int month = Integer.parseInt(number.group(3));
        int day = Integer.parseInt(number.group(4));
        if (day > 60) {
            day -= 60;
        }
        if (!isDate(century, year, month, day)) {
            return false;
        }
        String digits = number.group(2) + number.group(3) + number.group(4) + number.group(5) + number.group(6);
        return Validation.hasValidCheckDigit(digits);
    }

    private static boolean isDate(String century, int year, int month, int day) {
        String[] centuries = century != null ? new String[] {century} : new String[] {"18", "19", "20"};
        for (String c : centuries) {
            try {
                LocalDate.of(Integer.parseInt(c) * 100 + year, month, day);
                return true;
            } catch (DateTimeException notADate) {
                // try the next century
            }
        }
        return false;
    }
}
