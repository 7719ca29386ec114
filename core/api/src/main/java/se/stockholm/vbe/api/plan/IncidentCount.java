package se.stockholm.vbe.api.plan;

import se.stockholm.vbe.api.Validation;

/**
 * How many incidents of one type at one kind of place one source reported for one environment in one
 * tertial. A situation picture holds at most one count per {@link #key() key}.
 *
 * @param environment the environment
 * @param type what kind of incident; {@link IncidentType#OTHER} when not given
 * @param source who reported them
 * @param period the tertial they fell in; {@code null} when unknown
 * @param placeType where they took place; {@link PlaceType#OTHER} when not given
 * @param count how many, 0 to 1000000
 * @param classification who may read the figure; {@code CONFIDENTIAL} when not given
 * @param legalGround for a confidential figure, the provision it is secret under, e.g. "OSL 18 kap. 1 §"
 */
public record IncidentCount(Environment environment, IncidentType type, InformationSource source, Tertial period,
        PlaceType placeType, Integer count, Classification classification, String legalGround) {

    public IncidentCount {
        Validation.require(environment, "environment");
        Validation.require(source, "source");
        Validation.require(count, "count");
        if (count < 0 || count > 1_000_000) {
            throw new IllegalArgumentException("count must be between 0 and 1000000 (was " + count + ")");
        }
        type = type == null ? IncidentType.OTHER : type;
        placeType = placeType == null ? PlaceType.OTHER : placeType;
        legalGround = Validation.optionalText(legalGround, "legalGround", 200);
        classification = Classification.orDefault(classification, legalGround);
    }

    /** A count of type and place {@code OTHER} in an unknown period (the form before incident types). */
    public IncidentCount(Environment environment, InformationSource source, Integer count,
            Classification classification, String legalGround) {
        this(environment, null, source, null, null, count, classification, legalGround);
    }

    /** A confidential count without a named legal ground (the form before classifications). */
    public IncidentCount(Environment environment, InformationSource source, Integer count) {
        this(environment, source, count, null, null);
    }

    /**
     * What identifies the count in its situation picture, e.g. {@code ISLAMIST/RECRUITMENT/POLICE/T1/SCHOOL}
     * ({@code -} for an unknown period).
     */
    public String key() {
        return environment + "/" + type + "/" + source + "/" + (period == null ? "-" : period) + "/" + placeType;
    }
}
