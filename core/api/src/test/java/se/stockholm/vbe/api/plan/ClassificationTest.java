package se.stockholm.vbe.api.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassificationTest {

    @Test
    void aSectionOrCountWithoutAClassificationIsConfidential() {
        assertEquals(Classification.CONFIDENTIAL, new Section("Analys", "Text").classification());
        assertEquals(Classification.CONFIDENTIAL,
                new IncidentCount(Environment.ISLAMIST, InformationSource.POLICE, 4).classification());
        assertEquals(Classification.CONFIDENTIAL, new Section("Analys", "Text", null, null).classification());
    }

    @Test
    void aConfidentialPartNamesItsLegalGround() {
        Section section = new Section("Polisen", "Text", Classification.CONFIDENTIAL, "  OSL 18 kap. 1 §  ");

        assertEquals("OSL 18 kap. 1 §", section.legalGround());
    }

    @Test
    void aPublicPartWithALegalGroundForSecrecyIsRefusedNamingTheField() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new IncidentCount(
                Environment.ISLAMIST, InformationSource.POLICE, 4, Classification.PUBLIC, "OSL 18 kap. 1 §"));

        assertTrue(refused.getMessage().startsWith("legalGround"), refused.getMessage());
    }

    @Test
    void aLegalGroundIsOneShortLine() {
        assertThrows(IllegalArgumentException.class,
                () -> new Section("Polisen", "Text", Classification.CONFIDENTIAL, "x".repeat(201)));
    }
}
