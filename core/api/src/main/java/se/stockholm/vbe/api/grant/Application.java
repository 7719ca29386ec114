package se.stockholm.vbe.api.grant;

import java.time.LocalDate;

import se.stockholm.vbe.api.Validation;

/**
 * An application for an association grant or for premises, as a case officer enters it for checking.
 *
 * @param type grant or premises
 * @param organisation the applicant
 * @param purpose what the money or the premises are for
 * @param amountSek the amount applied for (grants)
 * @param targetsResidents whether the activity is aimed at the committee's residents
 * @param complementsCommitteeWork whether it complements the committee's own work; may be unknown
 * @param declarations the applicant's declarations
 * @param previousGrantAccounted for an earlier grant: whether its use has been accounted for; absent if none
 * @param premises which premises (rentals)
 * @param date the date booked (rentals)
 * @param bookedBy who made the booking (rentals)
 */
public record Application(CheckType type, Organisation organisation, String purpose, Long amountSek,
        Boolean targetsResidents, Boolean complementsCommitteeWork, Declarations declarations,
        Boolean previousGrantAccounted, String premises, LocalDate date, BookedBy bookedBy) {

    public Application {
        Validation.require(type, "type");
        Validation.require(organisation, "organisation");
        purpose = Validation.requireText(purpose, "purpose", 2_000);
        Validation.require(declarations, "declarations");
        Validation.require(targetsResidents, "targetsResidents");
        premises = Validation.optionalText(premises, "premises", 200);
        if (type == CheckType.ASSOCIATION_GRANT) {
            Validation.require(amountSek, "amountSek");
            if (amountSek < 0) {
                throw new IllegalArgumentException("amountSek must not be negative (was " + amountSek + ")");
            }
        } else {
            Validation.requireLine(premises, "premises", 200);
            Validation.require(date, "date");
            Validation.require(bookedBy, "bookedBy");
        }
    }
}
