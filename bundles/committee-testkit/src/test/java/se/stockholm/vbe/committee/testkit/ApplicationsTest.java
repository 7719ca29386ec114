package se.stockholm.vbe.committee.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.Declarations;

class ApplicationsTest {

    @Test
    void aGrantByDefaultIsOneEveryRuleCouldApprove() {
        Application grant = Applications.associationGrant().build();

        assertEquals(CheckType.ASSOCIATION_GRANT, grant.type());
        assertEquals("802400-1235", grant.organisation().organisationNumber());
        assertFalse(grant.organisation().religiousAffiliation() || grant.organisation().politicalAffiliation());
        assertEquals(25_000L, grant.amountSek());
        assertTrue(grant.targetsResidents() && grant.complementsCommitteeWork());
        assertEquals(new Declarations(true, true, true, true, true), grant.declarations(), "every declaration made");
        assertNull(grant.previousGrantAccounted(), "no earlier grant");
        assertNull(grant.bookedBy());
    }

    @Test
    void aBookingByDefaultIsMadeByTheOrganisationItself() {
        Application booking = Applications.premisesBooking().build();

        assertEquals(CheckType.PREMISES_RENTAL, booking.type());
        assertEquals(BookedBy.ORGANISATION, booking.bookedBy());
        assertEquals("Föreningslokalen", booking.premises());
        assertTrue(booking.date() != null && booking.amountSek() == null);
    }

    @Test
    void aTestStatesOnlyWhatMatters() {
        Application booking = Applications.premisesBooking().religious().bookedBy(BookedBy.PRIVATE_PERSON).build();
        Application grant = Applications.associationGrant().amountSek(50_000).political()
                .complementsCommitteeWork(null).previousGrantAccounted(false).declarations(true, true, false, true)
                .build();

        assertTrue(booking.organisation().religiousAffiliation());
        assertEquals(BookedBy.PRIVATE_PERSON, booking.bookedBy());
        assertEquals(50_000L, grant.amountSek());
        assertTrue(grant.organisation().politicalAffiliation());
        assertNull(grant.complementsCommitteeWork());
        assertFalse(grant.previousGrantAccounted());
        assertFalse(grant.declarations().genderEquality());
    }

    @Test
    void anApplicationThePlatformWouldRefuseCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class,
                () -> Applications.associationGrant().organisation("Föreningen", "19121212-1212").build());
        assertThrows(IllegalArgumentException.class, () -> Applications.premisesBooking().premises(null).build());
        assertThrows(InvalidInputException.class,
                () -> Applications.associationGrant().purpose("Läxhjälp, kontakt 121212-1212").build());
    }
}
