package se.stockholm.vbe.api.plan;

import se.stockholm.vbe.api.Validation;

/**
 * How many incidents one source reported for one environment.
 */
public record IncidentCount(Environment environment, InformationSource source, Integer count) {

    public IncidentCount {
        Validation.require(environment, "environment");
        Validation.require(source, "source");
        Validation.require(count, "count");
        if (count < 0 || count > 1_000_000) {
            throw new IllegalArgumentException("count must be between 0 and 1000000 (was " + count + ")");
        }
    }
}
