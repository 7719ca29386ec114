package se.stockholm.vbe.api.grant;

import se.stockholm.vbe.api.Validation;

/**
 * The applicant organisation.
 *
 * @param name the organisation's name
 * @param organisationNumber its organisationsnummer, checked and written NNNNNN-NNNN
 * @param religiousAffiliation whether it is tied to a religious community
 * @param politicalAffiliation whether it is tied to a political party or movement
 */
public record Organisation(String name, String organisationNumber, Boolean religiousAffiliation,
        Boolean politicalAffiliation) {

    public Organisation {
        name = Validation.requireLine(name, "name", 200);
        organisationNumber = OrganisationNumbers.normalise(organisationNumber);
        Validation.require(religiousAffiliation, "religiousAffiliation");
        Validation.require(politicalAffiliation, "politicalAffiliation");
    }
}
