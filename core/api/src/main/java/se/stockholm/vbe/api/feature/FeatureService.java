package se.stockholm.vbe.api.feature;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;

/**
 * The features of each committee. Implemented by the platform; thread-safe. Changes take effect at once,
 * survive restarts and are recorded in the audit trail.
 */
@ProviderType
public interface FeatureService {

    /** Every feature a committee can have: the platform's and the committee's own rules. */
    List<FeatureState> features(String committeeId);

    /** The ids of the features enabled for a committee. */
    List<String> enabled(String committeeId);

    boolean isEnabled(String committeeId, String featureId);

    /**
     * @throws FeatureNotEnabledException if it is not
     */
    void require(String committeeId, String featureId);

    /**
     * Switches a feature; only the coordinator may.
     *
     * @return the feature's new state
     */
    FeatureState set(String committeeId, String featureId, boolean enabled, Actor actor);
}
