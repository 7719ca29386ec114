package se.stockholm.vbe.api;

import java.util.List;
import java.util.Objects;

/**
 * The checks the value types run at construction, shared so every contract words its errors alike.
 * Each failure is an {@link IllegalArgumentException} whose message starts with the field's name.
 */
public final class Validation {

    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private Validation() {
    }

    /** Non-blank, at most {@code max} characters, stripped of surrounding white space. */
    public static String requireText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return optionalText(value, field, max);
    }

    /** {@code null} (or blank, read as {@code null}) or at most {@code max} characters, stripped. */
    public static String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        requirePlainCharacters(stripped, field);
        return stripped;
    }

    /**
     * Text a person can read as it is stored: no control characters (line breaks and tabs aside), no lone
     * surrogates, and no bidi embeddings, overrides or isolates (U+202A-U+202E, U+2066-U+2069), which can make a
     * text show something other than what it holds.
     */
    private static void requirePlainCharacters(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new IllegalArgumentException(field + " contains control characters");
            }
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                throw new IllegalArgumentException(field + " contains bidirectional control characters");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(field + " contains an unpaired surrogate (invalid Unicode)");
            }
        }
    }

    /** A single line (no line breaks), as role and unit names are. */
    public static String requireLine(String value, String field, int max) {
        String text = requireText(value, field, max);
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(field + " must be a single line");
        }
        return text;
    }

    /** A required value. */
    public static <T> T require(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** An immutable copy; {@code null} reads as empty; no {@code null} elements. */
    public static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "] is required");
            }
        }
        return List.copyOf(values);
    }

    /** Single-line names such as roles and partners, each at most {@code max} characters, at most 20. */
    public static List<String> lines(List<String> values, String field, int max) {
        List<String> list = list(values, field);
        if (list.size() > 20) {
            throw new IllegalArgumentException(field + " has more than 20 entries");
        }
        for (int i = 0; i < list.size(); i++) {
            requireLine(list.get(i), field + "[" + i + "]", max);
        }
        return list.stream().map(String::strip).toList();
    }

    /**
     * Whether a Swedish ten-digit number (personnummer, samordningsnummer, organisationsnummer) has a valid
     * check digit: the Luhn (mod 10) sum of its digits.
     */
    public static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /**
     * A grant rule's id by the convention {@code <committee-id>.<name>}: its committee's id, a dot, and a name of
     * lower-case letters, digits and single hyphens (e.g. {@code hasselby-vallingby.unaffiliated}), at most 100
     * characters in all. The platform refuses a rule whose id breaks it; the message says the convention.
     */
    public static String requireRuleId(String id, String committeeId) {
        Objects.requireNonNull(committeeId);
        String prefix = committeeId + ".";
        if (id == null || !id.startsWith(prefix) || !id.substring(prefix.length()).matches(SLUG) || id.length() > 100) {
            throw new IllegalArgumentException("rule id " + id + " does not follow the convention <committee-id>.<name>: "
                    + "it must start with its committee's id " + prefix + " followed by a name of lower-case letters, "
                    + "digits and hyphens, at most 100 characters in all (e.g. " + prefix + "unaffiliated)");
        }
        return id;
    }

    /** A committee or template id: lower-case letters, digits and single hyphens, 2 to 64 characters. */
    public static String requireSlug(String value, String field) {
        Objects.requireNonNull(field);
        if (value == null || !value.matches(SLUG) || value.length() < 2 || value.length() > 64) {
            throw new IllegalArgumentException(field + " must be 2-64 lower-case letters, digits and hyphens, "
                    + "e.g. rinkeby-kista (was " + value + ")");
        }
        return value;
    }
}
