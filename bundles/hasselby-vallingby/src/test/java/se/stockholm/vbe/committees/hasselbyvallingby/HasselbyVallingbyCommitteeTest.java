package se.stockholm.vbe.committees.hasselbyvallingby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.committee.testkit.CommitteeContract;
import se.stockholm.vbe.committee.testkit.DescriptorContract;
import se.stockholm.vbe.spi.Committee;

class HasselbyVallingbyCommitteeTest {

    private final Committee committee = DescriptorContract.verify();

    @Test
    void keepsTheDescriptorAndTheCommitteeContract() {
        DescriptorContract.verify();
    }

    @Test
    void shipsEveryActivityOfThe2018Plan() {
        PlanDocument plan = CommitteeContract.readPlan(committee.shippedPlans().get(0));

        assertEquals(22, plan.activities().size());
        Activity grants = plan.activities().stream()
                .filter(activity -> "aterkrav-foreningsbidrag".equals(activity.templateId()))
                .findFirst().orElseThrow();
        assertEquals("Enligt samverkansavtal med polisen", grants.followUpSystem());
    }

    @Test
    void claimsNoIncidentFiguresTheSeedDoesNotGive() {
        PlanDocument plan = CommitteeContract.readPlan(committee.shippedPlans().get(0));

        assertTrue(plan.situationPicture().incidents().isEmpty());
    }
}
