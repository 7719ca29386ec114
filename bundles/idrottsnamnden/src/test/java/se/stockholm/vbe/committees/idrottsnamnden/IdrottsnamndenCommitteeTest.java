package se.stockholm.vbe.committees.idrottsnamnden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.committee.testkit.DescriptorContract;
import se.stockholm.vbe.spi.Committee;

class IdrottsnamndenCommitteeTest {

    private final Committee committee = DescriptorContract.verify();

    @Test
    void keepsTheDescriptorAndTheCommitteeContract() {
        DescriptorContract.verify();
    }

    @Test
    void isASpecialistCommitteeWithoutShippedPlans() {
        assertEquals(CommitteeKind.SPECIALIST, committee.kind());
        assertTrue(committee.shippedPlans().isEmpty());
    }

    @Test
    void offersTheBookingCheck() {
        assertTrue(committee.catalogue().stream().anyMatch(template -> template.id().equals("kontroll-lokalbokning")
                && template.area() == Area.GRANTS_AND_PREMISES));
    }
}
