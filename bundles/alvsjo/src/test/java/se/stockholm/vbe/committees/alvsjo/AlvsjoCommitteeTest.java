package se.stockholm.vbe.committees.alvsjo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.Schedule;
import se.stockholm.vbe.committee.testkit.CommitteeContract;
import se.stockholm.vbe.committee.testkit.DescriptorContract;
import se.stockholm.vbe.spi.Committee;

class AlvsjoCommitteeTest {

    private final Committee committee = DescriptorContract.verify();

    @Test
    void keepsTheDescriptorAndTheCommitteeContract() {
        DescriptorContract.verify();
    }

    @Test
    void shipsEveryActivityOfThe2018Plan() {
        PlanDocument plan = CommitteeContract.readPlan(committee.shippedPlans().get(0));

        assertEquals(28, plan.activities().size());
        assertEquals("Tertialrapport 1 2019", plan.nextRevision());
    }

    @Test
    void keepsTheFrequencyOfTheRecurringSeedActivities() {
        PlanDocument plan = CommitteeContract.readPlan(committee.shippedPlans().get(0));

        List<Activity> walks = plan.activities().stream()
                .filter(activity -> "trygghetsvandring".equals(activity.templateId()))
                .toList();
        assertEquals(2, walks.size());
        for (Activity walk : walks) {
            assertEquals(Schedule.continuous(), walk.schedule());
            assertEquals("1 gång/år", walk.frequency());
        }
    }
}
