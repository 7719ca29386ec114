package se.stockholm.vbe.committees.rinkebykista;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.plan.Activity;
import se.stockholm.vbe.api.plan.Area;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.Environment;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.InformationSource;
import se.stockholm.vbe.api.plan.PlanDocument;
import se.stockholm.vbe.api.plan.Schedule;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.committee.testkit.CommitteeContract;
import se.stockholm.vbe.committee.testkit.DescriptorContract;
import se.stockholm.vbe.spi.Committee;

class RinkebyKistaCommitteeTest {

    private final Committee committee = DescriptorContract.verify();

    @Test
    void keepsTheDescriptorAndTheCommitteeContract() {
        DescriptorContract.verify();
    }

    @Test
    void shipsEveryActivityOfThe2019Plan() {
        PlanDocument plan = CommitteeContract.readPlan(committee.shippedPlans().get(0));

        assertEquals(28, plan.activities().size());
        Activity returningChildren = plan.activities().stream()
                .filter(activity -> "vagledning-atervandande-barn".equals(activity.templateId()))
                .findFirst().orElseThrow();
        assertEquals(Area.PREVENTING, returningChildren.area());
        assertEquals(Schedule.between(YearMonth.of(2019, 9), YearMonth.of(2019, 12)), returningChildren.schedule());
    }

    @Test
    void transcribesTheSituationPictureFromTheSeedWithItsHeadings() {
        PlanDocument plan = CommitteeContract.readPlan(committee.shippedPlans().get(0));

        assertEquals(List.of("Lokal lägesbild", "Kartläggning", "Förvaltningen", "Avidentifierad blankett",
                "IA (incidentrapportering) och Tyck till-appen", "Fackförvaltningar", "Externa aktörers lägesbild",
                "Analys"), plan.situationPicture().sections().stream().map(Section::title).toList());
        String text = plan.situationPicture().sections().stream().map(Section::text)
                .collect(Collectors.joining("\n\n"));
        assertTrue(text.contains("Idrottsförvaltningen: Bokningsenheten stoppade lokalbokningen för en odemokratisk "
                + "islamsk organisation som ville boka lokal i Kista, via en privatperson."), "the seed's words");
        assertFalse(text.contains("islamistisk organisation"), "the seed says islamsk organisation");
    }

    /**
     * The seed gives no table; the figures count the specialist administrations' events as the plan reports them:
     * arbetsmarknadsförvaltningen's 2 + 4 + 5 + 7 and idrottsförvaltningen's stopped booking as islamist (19), the
     * violence at an adult-education unit as autonomous (1).
     */
    @Test
    void countsTheIncidentsTheSpecialistAdministrationsReportedAsThePublishedPlanDid() {
        PlanDocument plan = CommitteeContract.readPlan(committee.shippedPlans().get(0));

        assertEquals(List.of(
                new IncidentCount(Environment.ISLAMIST, InformationSource.SPECIALIST_ADMINISTRATIONS, 19,
                        Classification.PUBLIC, null),
                new IncidentCount(Environment.AUTONOMOUS, InformationSource.SPECIALIST_ADMINISTRATIONS, 1,
                        Classification.PUBLIC, null)),
                plan.situationPicture().incidents());
        assertTrue(plan.situationPicture().sections().stream()
                .allMatch(section -> section.classification() == Classification.PUBLIC));
    }
}
