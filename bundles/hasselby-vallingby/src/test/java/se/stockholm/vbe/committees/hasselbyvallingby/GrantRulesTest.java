package se.stockholm.vbe.committees.hasselbyvallingby;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.grant.Outcome;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.committee.testkit.Applications;
import se.stockholm.vbe.committee.testkit.RuleContract;

/**
 * Hässelby-Vällingby's local rules, with cases from its 2018 plan's section on föreningsbidrag.
 */
class GrantRulesTest {

    @Test
    void everyRuleKeepsTheRuleContract() {
        RuleContract.verify(new UnaffiliatedRule(), HasselbyVallingby.ID);
        RuleContract.verify(new ResidentsRule(), HasselbyVallingby.ID);
        RuleContract.verify(new PreviousGrantAccountedRule(), HasselbyVallingby.ID);
    }

    @Test
    void aReligiouslyAffiliatedAssociationGetsNoGrantAndNoPremises() {
        UnaffiliatedRule rule = new UnaffiliatedRule();
        assertEquals(Outcome.FAIL, rule.evaluate(Applications.associationGrant().religious().build()).outcome());
        assertEquals(Outcome.FAIL, rule.evaluate(Applications.premisesBooking().religious().build()).outcome());
        RuleResult political = rule.evaluate(Applications.associationGrant().political().build());
        assertEquals(Outcome.FAIL, political.outcome());
        assertTrue(political.message().contains("politiskt anknuten"), political.message());
        assertEquals(Outcome.PASS, rule.evaluate(Applications.associationGrant().build()).outcome());
    }

    @Test
    void theActivityMustBeForTheDistrictsResidentsAndComplementTheCommitteesWork() {
        ResidentsRule rule = new ResidentsRule();
        assertEquals(Outcome.FAIL, rule.evaluate(Applications.associationGrant().targetsResidents(false).build())
                .outcome());
        assertEquals(Outcome.FAIL, rule.evaluate(Applications.associationGrant().complementsCommitteeWork(false)
                .build()).outcome());
        assertEquals(Outcome.REVIEW, rule.evaluate(Applications.associationGrant().complementsCommitteeWork(null)
                .build()).outcome());
        assertEquals(Outcome.PASS, rule.evaluate(Applications.associationGrant().build()).outcome());
    }

    @Test
    void anEarlierGrantMustHaveBeenAccountedFor() {
        PreviousGrantAccountedRule rule = new PreviousGrantAccountedRule();
        assertEquals(Outcome.FAIL, rule.evaluate(Applications.associationGrant().previousGrantAccounted(false).build())
                .outcome());
        assertEquals(Outcome.PASS, rule.evaluate(Applications.associationGrant().previousGrantAccounted(true).build())
                .outcome());
        assertEquals(Outcome.PASS, rule.evaluate(Applications.associationGrant().build()).outcome(),
                "a first-time applicant has nothing to account for");
    }
}
