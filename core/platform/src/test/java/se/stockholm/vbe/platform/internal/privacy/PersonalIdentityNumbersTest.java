package se.stockholm.vbe.platform.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"811218-9876", "811218+9876", "811218 9876", "8112189876", "19811218-9876", "198112189876",
        "Kontakt: 811218-9876 (handläggare)", "samordningsnummer 811278-9873"})
    void findsAPersonnummerOrSamordningsnummerInEveryWrittenForm(String text) {
        assertTrue(PersonalIdentityNumbers.containsOne(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"802400-1235", "5560360793", "811218-9877", "811318-9876", "811232-9876",
        "Tertialrapport 1 2020", "Var 6:e vecka", "2019-06", "08-508 00 000", "12345678901234"})
    void leavesOrganisationNumbersWrongCheckDigitsImpossibleDatesAndOtherNumbersAlone(String text) {
        assertFalse(PersonalIdentityNumbers.containsOne(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000229-0005", "20000229-0005"})
    void acceptsALeapDay(String text) {
        assertTrue(PersonalIdentityNumbers.containsOne(text), text);
    }
}
