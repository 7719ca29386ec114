package se.stockholm.vbe.api.grant;

import se.stockholm.vbe.api.Validation;

/**
 * What the applicant declares: that it works by the principles of the democratic rule of law, human
 * rights and gender equality, and distances itself from violence. Each must be answered.
 */
public record Declarations(Boolean democracy, Boolean humanRights, Boolean genderEquality, Boolean nonViolence) {

    public Declarations {
        Validation.require(democracy, "democracy");
        Validation.require(humanRights, "humanRights");
        Validation.require(genderEquality, "genderEquality");
        Validation.require(nonViolence, "nonViolence");
    }
}
