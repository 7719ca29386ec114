package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.Outcome;
import se.stockholm.vbe.committee.testkit.Applications;
import se.stockholm.vbe.committee.testkit.DescriptorContract;
import se.stockholm.vbe.committee.testkit.RuleContract;
import se.stockholm.vbe.spi.Committee;

/**
 * The committee as the platform will see it: its descriptor, and its rule against the rule contract and in use.
 */
class CommitteeTest {

    private final PrivateBookingRule rule = new PrivateBookingRule();

    @Test
    void theDescriptorIsValidAndIsTheRulesCommittee() {
        Committee committee = DescriptorContract.verify();

        assertEquals(PrivateBookingRule.COMMITTEE_ID, committee.id());
    }

    @Test
    void theRuleKeepsTheRuleContract() {
        RuleContract.verify(rule, PrivateBookingRule.COMMITTEE_ID);
    }

    @Test
    void premisesBookedByAPrivatePersonGoToACaseOfficer() {
        assertEquals(Outcome.REVIEW, rule.evaluate(Applications.premisesBooking().bookedBy(BookedBy.PRIVATE_PERSON)
                .build()).outcome());
        assertEquals(Outcome.PASS, rule.evaluate(Applications.premisesBooking().build()).outcome());
    }
}
