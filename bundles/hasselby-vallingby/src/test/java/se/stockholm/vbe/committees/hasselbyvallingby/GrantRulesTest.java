package se.stockholm.vbe.committees.hasselbyvallingby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.Outcome;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.committee.testkit.Applications;
import se.stockholm.vbe.committee.testkit.DescriptorContract;
import se.stockholm.vbe.committee.testkit.RuleContract;
import se.stockholm.vbe.spi.GrantRule;

/**
 * Hässelby-Vällingby's local rules, with cases from its 2018 plan's section "Föreningsbidrag och uthyrning av
 * lokaler". The plan sets every condition for grants; for premises it asks only "samma krav på att föreningen
 * ska arbeta utifrån den demokratiska rättsstatens principer och mänskliga rättigheter som vid ansökan om
 * föreningsbidrag", which the city-wide declarations rule checks: no local rule applies to premises.
 */
class GrantRulesTest {

    private static final Set<CheckType> GRANTS_ONLY = Set.of(CheckType.ASSOCIATION_GRANT);

    /** The committee the descriptor (and the manifest) names: the rules must be for it. */
    private static final String COMMITTEE_ID = DescriptorContract.verify().id();

    @Test
    void everyRuleKeepsTheRuleContract() {
        RuleContract.verify(new UnaffiliatedRule(), COMMITTEE_ID);
        RuleContract.verify(new ResidentsRule(), COMMITTEE_ID);
        RuleContract.verify(new PreviousGrantAccountedRule(), COMMITTEE_ID);
        RuleContract.verify(new DiversityAndEqualTreatmentRule(), COMMITTEE_ID);
    }

    @Test
    void aReligiouslyAffiliatedAssociationGetsNoGrantButMayRentPremises() {
        UnaffiliatedRule rule = new UnaffiliatedRule();
        assertEquals(Outcome.FAIL, rule.evaluate(Applications.associationGrant().religious().build()).outcome(),
                "Föreningsbidrag beviljas endast religiöst- och politiskt obundna föreningar.");
        assertDoesNotApplyToPremises(rule, "För hyra av förvaltningens lokaler gäller samma krav på att föreningen "
                + "ska arbeta utifrån den demokratiska rättsstatens principer och mänskliga rättigheter som vid "
                + "ansökan om föreningsbidrag: a religious association's booking is not rejected for its faith");
        RuleResult political = rule.evaluate(Applications.associationGrant().political().build());
        assertEquals(Outcome.FAIL, political.outcome());
        assertTrue(political.message().contains("politiskt anknuten"), political.message());
        assertEquals(Outcome.PASS, rule.evaluate(Applications.associationGrant().build()).outcome());
    }

    @Test
    void theActivityMustBeForTheDistrictsResidentsAndComplementTheCommitteesWork() {
        ResidentsRule rule = new ResidentsRule();
        // "Föreningen ska bedriva verksamhet riktad till stadsdelsområdets invånare. Föreningsbidrag kan endast
        // beviljas föreningar som bedriver verksamhet som kompletterar eller stödjer nämndens verksamhet."
        assertDoesNotApplyToPremises(rule, "the plan asks this of grants, not of premises bookings");
        assertEquals(Outcome.FAIL, rule.evaluate(Applications.associationGrant().targetsResidents(false).build())
                .outcome());
        assertEquals(Outcome.FAIL, rule.evaluate(Applications.associationGrant().complementsCommitteeWork(false)
                .build()).outcome());
        assertEquals(Outcome.REVIEW, rule.evaluate(Applications.associationGrant().complementsCommitteeWork(null)
                .build()).outcome());
        assertEquals(Outcome.PASS, rule.evaluate(Applications.associationGrant().build()).outcome());
    }

    @Test
    void aGrantApplicantMustStandBehindDiversityAndEqualTreatment() {
        DiversityAndEqualTreatmentRule rule = new DiversityAndEqualTreatmentRule();
        String seed = "Föreningen ska stå bakom jämställdhet mellan kvinnor och män, mångfald och likabehandling";
        assertEquals(Outcome.FAIL, rule.evaluate(Applications.associationGrant().diversityAndEqualTreatment(false)
                .build()).outcome(), seed);
        assertEquals(Outcome.REVIEW, rule.evaluate(Applications.associationGrant().diversityAndEqualTreatment(null)
                .build()).outcome(), "an application that does not answer goes to a case officer");
        assertEquals(Outcome.PASS, rule.evaluate(Applications.associationGrant().build()).outcome(), seed);
        assertDoesNotApplyToPremises(rule, "for premises the plan asks only for the democracy requirement");
    }

    @Test
    void anEarlierGrantMustHaveBeenAccountedFor() {
        PreviousGrantAccountedRule rule = new PreviousGrantAccountedRule();
        // "Föreningar som har beviljats föreningsbidrag är skyldig att redovisa för stadsdelsförvaltningen hur
        // bidraget har använts."
        assertDoesNotApplyToPremises(rule, "an account is owed for a grant, not for a booking");
        assertEquals(Outcome.FAIL, rule.evaluate(Applications.associationGrant().previousGrantAccounted(false).build())
                .outcome());
        assertEquals(Outcome.PASS, rule.evaluate(Applications.associationGrant().previousGrantAccounted(true).build())
                .outcome());
        assertEquals(Outcome.PASS, rule.evaluate(Applications.associationGrant().build()).outcome(),
                "a first-time applicant has nothing to account for");
    }

    /** The platform runs a rule only for the types it applies to: one that does not cannot reject a booking. */
    private static void assertDoesNotApplyToPremises(GrantRule rule, String why) {
        assertEquals(GRANTS_ONLY, rule.appliesTo(), why);
    }
}
