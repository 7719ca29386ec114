package se.stockholm.vbe.committees.idrottsnamnden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.Declarations;
import se.stockholm.vbe.api.grant.Organisation;
import se.stockholm.vbe.api.grant.Outcome;

/**
 * The booking story of the Rinkeby-Kista plan: a private person booking for an organisation is reviewed.
 */
class PrivateBookingRuleTest {

    @Test
    void aBookingByAPrivatePersonForAnOrganisationGoesToACaseOfficer() {
        assertEquals(Outcome.REVIEW, new PrivateBookingRule().evaluate(booking(BookedBy.PRIVATE_PERSON)).outcome());
        assertEquals(Outcome.PASS, new PrivateBookingRule().evaluate(booking(BookedBy.ORGANISATION)).outcome());
    }

    private static Application booking(BookedBy bookedBy) {
        return new Application(CheckType.PREMISES_RENTAL, new Organisation("Idrottsföreningen", "802400-1235", false,
                false), "Föreläsning", null, true, null, new Declarations(true, true, true, true), null,
                "Husbyhallen", LocalDate.of(2026, 12, 12), bookedBy);
    }
}
