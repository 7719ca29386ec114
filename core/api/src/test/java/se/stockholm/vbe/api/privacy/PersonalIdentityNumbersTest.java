package se.stockholm.vbe.api.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"811218-9876", "811218+9876", "811218 9876", "8112189876", "19811218-9876", "198112189876",
        "Kontakt: 811218-9876 (handläggare)", "samordningsnummer 811278-9873", "1981-12-18-9876"})
    void findsAPersonnummerOrSamordningsnummerInEveryPlainWrittenForm(String text) {
        assertTrue(PersonalIdentityNumbers.containsOne(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "811218\u20139876",             // en dash
        "811218\u20149876",             // em dash
        "811218\u22129876",             // minus sign
        "811218\u20109876",             // Unicode hyphen
        "811218\u00a09876",             // non-breaking space
        "811218\u202f9876",             // narrow non-breaking space
        "811218 - 9876",                // spaced hyphen
        "811218 \u2013 9876",           // spaced en dash
        "81 12 18-9876",                // spaced date
        "81 12 18 9876",
        "\uff18\uff11\uff11\uff12\uff11\uff18-\uff19\uff18\uff17\uff16", // full-width digits
        "\uff18\uff11\uff11\uff12\uff11\uff18\uff0d\uff19\uff18\uff17\uff16", // full-width digits and hyphen
        "8112\u200b18-9876",            // zero-width space inside
        "811218-98\u200d76",            // zero-width joiner inside
        "811218\u00ad-9876",            // soft hyphen
        "\ufeff811218-9876",            // byte order mark
        "811218/9876",                  // slash
        "811218.9876",                  // dot
        "81.12.18-9876",                // dotted date
        "81/12/18-9876",                // slashed date
        "1981\u201312\u201318\u20139876", // en dashes in a twelve-digit form
        "19811218\u22129876",
        "samordningsnummer 811278\u20139873"})
    void findsOneInEveryOtherTypography(String text) {
        assertTrue(PersonalIdentityNumbers.containsOne(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"802400-1235", "802400\u20131235", "5560360793", "556036-0793", "811218-9877",
        "811318-9876", "811232-9876", "811218\u20139877",
        "Tertialrapport 1 2020", "Var 6:e vecka", "2019-06", "2026-12-01", "2026-12-01 10:00", "1 december 2026",
        "08-508 00 000", "08-508 000 00", "070-123 45 67", "+46 70 123 45 67", "0046701234567",
        "1 250 000 kr", "12 500,50 kr", "Dnr 1-2026", "Dnr 2026/1234", "Dnr SDN 2025-00123", "12345678901234"})
    void leavesOrganisationNumbersWrongCheckDigitsImpossibleDatesAndOtherNumbersAlone(String text) {
        assertFalse(PersonalIdentityNumbers.containsOne(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000229-0005", "20000229-0005"})
    void acceptsALeapDay(String text) {
        assertTrue(PersonalIdentityNumbers.containsOne(text), text);
    }
}
