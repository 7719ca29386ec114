package se.stockholm.vbe.api.grant;

import se.stockholm.vbe.api.Validation;

/**
 * What the applicant declares: that it works by the principles of the democratic rule of law, human
 * rights and gender equality, and distances itself from violence. Each of these must be answered.
 *
 * @param democracy the principles of the democratic rule of law (den demokratiska rättsstatens principer)
 * @param humanRights human rights (mänskliga rättigheter)
 * @param genderEquality equality between women and men (jämställdhet mellan kvinnor och män)
 * @param nonViolence distancing itself from violence (avståndstagande från våld)
 * @param diversityAndEqualTreatment diversity and equal treatment (mångfald och likabehandling); not a city-wide
 *        condition, so it may be left unanswered ({@code null}); a committee whose plan asks for it checks it
 *        with a local rule
 */
public record Declarations(Boolean democracy, Boolean humanRights, Boolean genderEquality, Boolean nonViolence,
        Boolean diversityAndEqualTreatment) {

    public Declarations {
        Validation.require(democracy, "democracy");
        Validation.require(humanRights, "humanRights");
        Validation.require(genderEquality, "genderEquality");
        Validation.require(nonViolence, "nonViolence");
    }

    /** The city-wide declarations only, diversity and equal treatment not answered (the form before it). */
    public Declarations(Boolean democracy, Boolean humanRights, Boolean genderEquality, Boolean nonViolence) {
        this(democracy, humanRights, genderEquality, nonViolence, null);
    }
}
