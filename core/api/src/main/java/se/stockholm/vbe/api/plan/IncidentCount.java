package se.stockholm.vbe.api.plan;

import se.stockholm.vbe.api.Validation;

/**
 * How many incidents one source reported for one environment.
 *
 * @param environment the environment
 * @param source who reported them
 * @param count how many, 0 to 1000000
 * @param classification who may read the figure; {@code CONFIDENTIAL} when not given
 * @param legalGround for a confidential figure, the provision it is secret under, e.g. "OSL 18 kap. 1 §"
 */
public record IncidentCount(Environment environment, InformationSource source, Integer count,
        Classification classification, String legalGround) {

    public IncidentCount {
        Validation.require(environment, "environment");
        Validation.require(source, "source");
        Validation.require(count, "count");
        if (count < 0 || count > 1_000_000) {
            throw new IllegalArgumentException("count must be between 0 and 1000000 (was " + count + ")");
        }
        legalGround = Validation.optionalText(legalGround, "legalGround", 200);
        classification = Classification.orDefault(classification, legalGround);
    }

    /** A confidential count without a named legal ground (the form before classifications). */
    public IncidentCount(Environment environment, InformationSource source, Integer count) {
        this(environment, source, count, null, null);
    }
}
