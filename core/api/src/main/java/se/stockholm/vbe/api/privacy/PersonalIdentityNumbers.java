package se.stockholm.vbe.api.privacy;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.stockholm.vbe.api.Validation;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer) in
 * free text, in whatever typography they were typed or pasted: the text is normalised first (Unicode NFKC, so
 * full-width digits and non-breaking spaces become plain ones; every dash and minus becomes a hyphen; zero-width
 * and other invisible format characters are removed). A candidate counts only with a real date (day + 60 for a
 * samordningsnummer) and a valid check digit, so an organisationsnummer, whose "month" is 20 or more, is never
 * mistaken for one. Stateless and thread-safe.
 */
public final class PersonalIdentityNumbers {

    /**
     * Optional century, then YY MM DD with the same separator (none, space, dot, slash or hyphen) between them,
     * then a separator (hyphen, plus, slash or dot, spaces allowed around it, or just a space) and four digits.
     */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9])(1[89]|20)?([0-9]{2})([ ./-]?)([0-9]{2})\\3([0-9]{2})(?: ?[-+/.] ?| )?([0-9]{3})([0-9])(?![0-9])");

    /** Dashes and minus signs that look like a hyphen: U+2010-U+2015, U+2043, U+2212, U+FE58, U+FE63. */
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2043\\u2212\\uFE58\\uFE63]");

    /** Space separators of every width (what NFKC leaves of them) and tabs. */
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t]+");

    /** Invisible characters: zero-width spaces and joiners, soft hyphens, byte order marks, bidi controls. */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

    private PersonalIdentityNumbers() {
    }

    /** Whether {@code text} contains a personnummer or samordningsnummer in any of its written forms. */
    public static boolean containsOne(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        Matcher matcher = CANDIDATE.matcher(normalise(text));
        while (matcher.find()) {
            if (isValid(matcher)) {
                return true;
            }
        }
        return false;
    }

    /** The text as it is matched: NFKC, hyphens for dashes, single plain spaces, no invisible characters. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = INVISIBLE.matcher(folded).replaceAll("");
        folded = DASHES.matcher(folded).replaceAll("-");
        return SPACES.matcher(folded).replaceAll(" ");
    }

    private static boolean isValid(Matcher number) {
        String century = number.group(1);
        int year = Integer.parseInt(number.group(2));
        int month = Integer.parseInt(number.group(4));
        int day = Integer.parseInt(number.group(5));
        if (day > 60) {
            day -= 60;
        }
        if (!isDate(century, year, month, day)) {
            return false;
        }
        String digits = number.group(2) + number.group(4) + number.group(5) + number.group(6) + number.group(7);
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
