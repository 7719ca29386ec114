package se.stockholm.vbe.api.feature;

import java.time.Instant;

/**
 * Whether a feature is on for a committee, and who last changed it (none while it is at its default).
 */
public record FeatureState(Feature feature, boolean enabled, boolean isDefault, Instant changedAt, String changedBy) {
}
