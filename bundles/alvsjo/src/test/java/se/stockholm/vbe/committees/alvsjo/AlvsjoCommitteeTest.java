package se.stockholm.vbe.committees.alvsjo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Area;
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

        assertEquals(29, plan.activities().size());
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

    @Test
    void shipsThePremisesRoutineTheSeedPromises() {
        PlanDocument plan = CommitteeContract.readPlan(committee.shippedPlans().get(0));

        Activity routine = plan.activities().stream()
                .filter(activity -> "rutin-lokaluthyrning".equals(activity.templateId()))
                .findFirst().orElseThrow();
        assertEquals(Area.GRANTS_AND_PREMISES, routine.area());
        assertTrue(routine.description().startsWith("Stadsdelsförvaltningen ska utarbeta en rutin för hur "
                + "verksamheterna förväntas hantera frågor om lokaluthyrning. Denna rutin kommer att förankras på ett "
                + "chefsforum."), routine.description());
    }
}
