package se.stockholm.vbe.api.grant;

import se.stockholm.vbe.api.Validation;

/**
 * Swedish organisation numbers (organisationsnummer): ten digits, NNNNNN-NNNN, whose third and fourth
 * digits are 20 or more and whose last digit is a Luhn check digit.
 */
public final class OrganisationNumbers {

    private OrganisationNumbers() {
    }

    /**
     * The number in its written form {@code NNNNNN-NNNN}.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static String normalise(String number) {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("organisationNumber is required");
        }
        String digits = number.strip().replace("-", "");
        if (!digits.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("organisationNumber must be ten digits, NNNNNN-NNNN (was " + number + ")");
        }
        if (Integer.parseInt(digits.substring(2, 4)) < 20) {
            throw new IllegalArgumentException("organisationNumber " + number
                    + " is not an organisation number (its third and fourth digits are below 20)");
        }
        if (!Validation.hasValidCheckDigit(digits)) {
            throw new IllegalArgumentException("organisationNumber " + number + " has a wrong check digit");
        }
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }
}
