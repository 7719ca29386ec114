package se.stockholm.vbe.committees.idrottsnamnden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.Outcome;
import se.stockholm.vbe.committee.testkit.Applications;
import se.stockholm.vbe.committee.testkit.DescriptorContract;
import se.stockholm.vbe.committee.testkit.RuleContract;

/**
 * The booking story of the Rinkeby-Kista plan: a private person booking for an organisation is reviewed.
 */
class PrivateBookingRuleTest {

    /** The committee the descriptor (and the manifest) names: the rules must be for it. */
    private static final String COMMITTEE_ID = DescriptorContract.verify().id();

    private final PrivateBookingRule rule = new PrivateBookingRule();

    @Test
    void keepsTheRuleContract() {
        RuleContract.verify(rule, COMMITTEE_ID);
    }

    @Test
    void aBookingByAPrivatePersonForAnOrganisationGoesToACaseOfficer() {
        assertEquals(Outcome.REVIEW, rule.evaluate(Applications.premisesBooking().bookedBy(BookedBy.PRIVATE_PERSON)
                .build()).outcome());
        assertEquals(Outcome.PASS, rule.evaluate(Applications.premisesBooking().build()).outcome());
    }
}
