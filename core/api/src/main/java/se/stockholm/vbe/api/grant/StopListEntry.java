package se.stockholm.vbe.api.grant;

import java.time.Instant;

import se.stockholm.vbe.api.Validation;

/**
 * An organisation where violent extremism has been established: no grants, no premises.
 *
 * @param organisationNumber its organisationsnummer
 * @param name its name
 * @param reason what was established
 * @param decisionReference the diary number of the decision
 * @param addedAt when it was put on the list (set by the platform)
 * @param addedBy by whom (set by the platform)
 */
public record StopListEntry(String organisationNumber, String name, String reason, String decisionReference,
        Instant addedAt, String addedBy) {

    public StopListEntry {
        organisationNumber = OrganisationNumbers.normalise(organisationNumber);
        name = Validation.requireLine(name, "name", 200);
        reason = Validation.requireText(reason, "reason", 2_000);
        decisionReference = Validation.requireLine(decisionReference, "decisionReference", 100);
    }
}
