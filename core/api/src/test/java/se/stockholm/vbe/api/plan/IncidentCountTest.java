package se.stockholm.vbe.api.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class IncidentCountTest {

    @Test
    void aCountInTheFormBeforeIncidentTypesIsOfTypeAndPlaceOtherInAnUnknownPeriod() {
        IncidentCount count = new IncidentCount(Environment.ISLAMIST, InformationSource.POLICE, 4,
                Classification.PUBLIC, null);

        assertEquals(IncidentType.OTHER, count.type());
        assertEquals(PlaceType.OTHER, count.placeType());
        assertNull(count.period());
        assertEquals("ISLAMIST/OTHER/POLICE/-/OTHER", count.key());
    }

    @Test
    void aTypedCountKeepsItsTypePeriodAndPlace() {
        IncidentCount count = new IncidentCount(Environment.WHITE_POWER, IncidentType.GRAFFITI_AND_SYMBOLS,
                InformationSource.TYCK_TILL, Tertial.T2, PlaceType.SCHOOL, 5, Classification.PUBLIC, null);

        assertEquals("WHITE_POWER/GRAFFITI_AND_SYMBOLS/TYCK_TILL/T2/SCHOOL", count.key());
    }

    @Test
    void countsDifferingOnlyInTypePeriodOrPlaceStandSideBySide() {
        SituationPicture picture = new SituationPicture(List.of(), List.of(
                typed(IncidentType.RECRUITMENT, Tertial.T1, PlaceType.SCHOOL),
                typed(IncidentType.PROPAGANDA, Tertial.T1, PlaceType.SCHOOL),
                typed(IncidentType.RECRUITMENT, Tertial.T2, PlaceType.SCHOOL),
                typed(IncidentType.RECRUITMENT, null, PlaceType.SCHOOL),
                typed(IncidentType.RECRUITMENT, Tertial.T1, PlaceType.DIGITAL)));

        assertEquals(5, picture.incidents().size());
    }

    @Test
    void aRepeatedKeyIsRefusedNamingTheKey() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new SituationPicture(List.of(), List.of(typed(IncidentType.RECRUITMENT, Tertial.T1,
                        PlaceType.SCHOOL), typed(IncidentType.RECRUITMENT, Tertial.T1, PlaceType.SCHOOL))));

        assertTrue(refused.getMessage().contains("incidents[1] repeats ISLAMIST/RECRUITMENT/POLICE/T1/SCHOOL"),
                refused.getMessage());
    }

    @Test
    void anUntypedCountRepeatsAnExplicitOtherInAnUnknownPeriod() {
        assertThrows(IllegalArgumentException.class, () -> new SituationPicture(List.of(), List.of(
                new IncidentCount(Environment.ISLAMIST, InformationSource.POLICE, 1),
                new IncidentCount(Environment.ISLAMIST, IncidentType.OTHER, InformationSource.POLICE, null,
                        PlaceType.OTHER, 2, null, null))));
    }

    private static IncidentCount typed(IncidentType type, Tertial period, PlaceType place) {
        return new IncidentCount(Environment.ISLAMIST, type, InformationSource.POLICE, period, place, 3,
                Classification.PUBLIC, null);
    }
}
