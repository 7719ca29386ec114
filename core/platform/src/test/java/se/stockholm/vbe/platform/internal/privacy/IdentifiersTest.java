package se.stockholm.vbe.platform.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.stockholm.vbe.api.InvalidInputException;

class IdentifiersTest {

    private static final Identifiers.Wording WORDING = new Identifiers.Wording("Beskrivningen",
            "blanketten är avidentifierad");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Eleven 19811218-9876 sa det | personnummer",
        "Skrev 811218 9876 på tavlan | personnummer",
        "Mejla a.b@skola.stockholm.se | e-postadress",
        "Ring 070-123 45 67 | telefonnummer",
        "Ring 0701234567 i kväll | telefonnummer",
        "Numret 08-508 000 00 | telefonnummer",
        "Numret +46 70 123 45 67 | telefonnummer",
        "Bor på Storgatan 12 | gatuadress",
        "Bor på Hässelby torg 3 B | gatuadress",
        "Vid Kistagången 20 | gatuadress",
        "Numret 08/123 456 78 | telefonnummer",
        "Ring 070 - 123 45 67 | telefonnummer",
        "Bor på Rinkebysvängen 12 | gatuadress",
        "Vid Vällingbyplan 2 | gatuadress",
        "Vid Bredbyplan 2 | gatuadress",
        "På Hässelby strand 5 | gatuadress",
        "På Kista Gård 3 | gatuadress",
        "Skriv till namn(at)skola.se | e-postadress",
    })
    void anIdentifierIsRefusedSayingWhatToRemoveWithoutRepeatingIt(String text, String named) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Identifiers.refuseIn(text, "description", WORDING));

        assertEquals("description", refused.field());
        assertTrue(refused.getMessage().contains(named), refused.getMessage());
        assertTrue(refused.getMessage().contains("Ta bort"), refused.getMessage());
        assertFalse(refused.getMessage().contains(text));
    }

    @Test
    void theRefusalNamesTheTextAndTheReasonItWasGiven() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Identifiers.refuseIn("Ring 070-123 45 67", "description", WORDING));

        assertEquals("description: Beskrivningen innehåller ett telefonnummer. Ta bort det: blanketten är avidentifierad.",
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Klotter i trapphuset, 3 st, vecka 12", "Enligt handlingsplan 2019 är det en risk",
        "Händelsen 2026-03-14 kl. 08.30", "Två elever i årskurs 9 på Storgatan", "Uppföljning T2 2026 i ILS",
        "Flygblad på 20 platser i Rinkeby", "Öppet kl. 08.00-10.00 och 13.00–15.00", "Klockan 08:30 i matsalen",
        "Första gången 2024 och andra gången 3 veckor senare", "Klotter längs väg 222", "På väg 2 gånger",
        "Enligt handlingsplan 3 punkter", "Dnr 2019/123-1.2"})
    void ordinaryTextPasses(String text) {
        assertDoesNotThrow(() -> Identifiers.refuseIn(text, "description", WORDING));
    }
}
