package se.stockholm.vbe.committees.idrottsnamnden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.Outcome;
import se.stockholm.vbe.committee.testkit.Applications;
import se.stockholm.vbe.committee.testkit.RuleContract;

/**
 * The booking story of the Rinkeby-Kista plan: a private person booking for an organisation is reviewed.
 */
class PrivateBookingRuleTest {

    private final PrivateBookingRule rule = new PrivateBookingRule();

    @Test
    void keepsTheRuleContract() {
        RuleContract.verify(rule, Idrottsnamnden.ID);
    }

    @Test
    void aBookingByAPrivatePersonForAnOrganisationGoesToACaseOfficer() {
        assertEquals(Outcome.REVIEW, rule.evaluate(Applications.premisesBooking().bookedBy(BookedBy.PRIVATE_PERSON)
                .build()).outcome());
        assertEquals(Outcome.PASS, rule.evaluate(Applications.premisesBooking().build()).outcome());
    }
}
