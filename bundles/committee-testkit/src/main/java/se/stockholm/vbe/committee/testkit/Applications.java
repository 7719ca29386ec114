package se.stockholm.vbe.committee.testkit;

import java.time.LocalDate;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.Declarations;
import se.stockholm.vbe.api.grant.Organisation;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;

/**
 * Applications for rule tests, valid by default, so a test states only what matters to its rule:
 * {@code Applications.premisesBooking().religious().bookedBy(BookedBy.PRIVATE_PERSON).build()}.
 *
 * <p>The defaults are an application every rule could approve: an unaffiliated association with a valid
 * organisation number, aimed at the committee's residents and complementing its work, every declaration made,
 * no earlier grant; a grant of 25 000 kr, or premises booked by the organisation itself.
 */
public final class Applications {

    /** A valid organisation number (organisationsnummer), never a personnummer. */
    public static final String ORGANISATION_NUMBER = "802400-1235";

    private Applications() {
    }

    /** An association grant (föreningsbidrag) of 25 000 kr. */
    public static Builder associationGrant() {
        return of(CheckType.ASSOCIATION_GRANT);
    }

    /** A booking of premises (lokaler) by the organisation itself. */
    public static Builder premisesBooking() {
        return of(CheckType.PREMISES_RENTAL);
    }

    /** An application of the given type, with the defaults for that type. */
    public static Builder of(CheckType type) {
        return new Builder(type);
    }

    /** One application being written; {@link #build()} may be called again after further changes. */
    public static final class Builder {

        private final CheckType type;
        private String organisationName = "Föreningen Exempel";
        private String organisationNumber = ORGANISATION_NUMBER;
        private boolean religious;
        private boolean political;
        private String purpose;
        private Long amountSek;
        private boolean targetsResidents = true;
        private Boolean complementsCommitteeWork = true;
        private Declarations declarations = new Declarations(true, true, true, true, true);
        private Boolean previousGrantAccounted;
        private String premises;
        private LocalDate date;
        private BookedBy bookedBy;

        private Builder(CheckType type) {
            this.type = type;
            if (type == CheckType.ASSOCIATION_GRANT) {
                purpose = "Läxhjälp för unga";
                amountSek = 25_000L;
            } else {
                purpose = "Föreningsmöte";
                premises = "Föreningslokalen";
                date = LocalDate.of(2027, 3, 10);
                bookedBy = BookedBy.ORGANISATION;
            }
        }

        /** The applicant's name and organisation number (an organisationsnummer: never a person's). */
        public Builder organisation(String name, String number) {
            this.organisationName = name;
            this.organisationNumber = number;
            return this;
        }

        /** The applicant is tied to a religious community. */
        public Builder religious() {
            return religious(true);
        }

        public Builder religious(boolean religious) {
            this.religious = religious;
            return this;
        }

        /** The applicant is tied to a political party or movement. */
        public Builder political() {
            return political(true);
        }

        public Builder political(boolean political) {
            this.political = political;
            return this;
        }

        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        public Builder amountSek(long amountSek) {
            this.amountSek = amountSek;
            return this;
        }

        public Builder targetsResidents(boolean targetsResidents) {
            this.targetsResidents = targetsResidents;
            return this;
        }

        /** Whether the activity complements the committee's own work; {@code null}: the application does not say. */
        public Builder complementsCommitteeWork(Boolean complements) {
            this.complementsCommitteeWork = complements;
            return this;
        }

        /** What the applicant declares; by default every declaration is made. */
        public Builder declarations(boolean democracy, boolean humanRights, boolean genderEquality,
                boolean nonViolence) {
            this.declarations = new Declarations(democracy, humanRights, genderEquality, nonViolence,
                    declarations.diversityAndEqualTreatment());
            return this;
        }

        /**
         * Whether the applicant declares diversity and equal treatment (mångfald och likabehandling), which only
         * some committees ask for; {@code null}: not answered. By default it is declared.
         */
        public Builder diversityAndEqualTreatment(Boolean declared) {
            this.declarations = new Declarations(declarations.democracy(), declarations.humanRights(),
                    declarations.genderEquality(), declarations.nonViolence(), declared);
            return this;
        }

        /** For an earlier grant: whether its use was accounted for; {@code null} (the default): no earlier grant. */
        public Builder previousGrantAccounted(Boolean accounted) {
            this.previousGrantAccounted = accounted;
            return this;
        }

        public Builder premises(String premises) {
            this.premises = premises;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        public Builder bookedBy(BookedBy bookedBy) {
            this.bookedBy = bookedBy;
            return this;
        }

        /**
         * The application, checked as the platform checks one it receives.
         *
         * @throws IllegalArgumentException naming the field, if what was set makes it invalid
         * @throws se.stockholm.vbe.api.InvalidInputException if a text holds a personnummer
         */
        public Application build() {
            Application application = new Application(type, new Organisation(organisationName, organisationNumber, religious, political),
                    purpose, amountSek, targetsResidents, complementsCommitteeWork, declarations,
                    previousGrantAccounted, premises, date, bookedBy);
            PersonalDataGuard.check(application);
            return application;
        }
    }
}
