package se.stockholm.vbe.platform.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.IncidentType;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlaceType;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.api.plan.Tertial;

class SituationMergeTest {

    private static IncidentCount count(IncidentType type, int n, Classification classification, String legalGround) {
        return new IncidentCount(Environment.ISLAMIST, type, InformationSource.SPECIALIST_ADMINISTRATIONS, Tertial.T1,
                PlaceType.SPORTS_FACILITY, n, classification, legalGround);
    }

    @Test
    void countsOfTheSameKeyAreSummedOthersAddedAndSectionsAppendedInOrder() {
        SituationPicture plan = new SituationPicture(List.of(new Section("Kartläggning", "Enkät", Classification.PUBLIC,
                null)), List.of(count(IncidentType.PREMISES_OR_GRANT, 1, Classification.PUBLIC, null)));

        SituationPicture merged = SituationMerge.merged(plan, List.of(count(IncidentType.PREMISES_OR_GRANT, 2,
                Classification.PUBLIC, null), count(IncidentType.PROPAGANDA, 4, Classification.PUBLIC, null)),
                List.of(new Section("Idrottsnämnden: Lokalbokning", "Stoppad bokning", Classification.PUBLIC, null)));

        assertEquals(List.of(3, 4), merged.incidents().stream().map(IncidentCount::count).toList());
        assertEquals(List.of("Kartläggning", "Idrottsnämnden: Lokalbokning"),
                merged.sections().stream().map(Section::title).toList());
    }

    @Test
    void aPublicCountSummedWithAConfidentialOneIsConfidentialWithItsLegalGround() {
        SituationPicture plan = new SituationPicture(List.of(),
                List.of(count(IncidentType.RECRUITMENT, 5, Classification.PUBLIC, null)));

        IncidentCount sum = SituationMerge.merged(plan, List.of(count(IncidentType.RECRUITMENT, 1,
                Classification.CONFIDENTIAL, "OSL 18 kap. 1 §")), List.of()).incidents().get(0);

        assertEquals(6, sum.count());
        assertEquals(Classification.CONFIDENTIAL, sum.classification());
        assertEquals("OSL 18 kap. 1 §", sum.legalGround());
        IncidentCount publicSum = SituationMerge.merged(plan, List.of(count(IncidentType.RECRUITMENT, 1,
                Classification.PUBLIC, null)), List.of()).incidents().get(0);
        assertEquals(Classification.PUBLIC, publicSum.classification());
        assertNull(publicSum.legalGround());
    }
}
