package se.stockholm.vbe.api.feature;

import se.stockholm.vbe.api.AccessDeniedException;

/**
 * The coordinator has switched off the feature a request needs, for this committee.
 */
public class FeatureNotEnabledException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public FeatureNotEnabledException(String featureId, String committeeId) {
        super("feature " + featureId + " is not enabled for committee " + committeeId);
    }
}
