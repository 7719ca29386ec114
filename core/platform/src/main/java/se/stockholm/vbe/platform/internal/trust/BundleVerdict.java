package se.stockholm.vbe.platform.internal.trust;

/**
 * What the gate decided about one revision of a committee bundle.
 *
 * @param policy the policy it was checked against; a new configuration makes the verdict stale
 * @param lastModified the bundle's last modification when it was checked; an update makes the verdict stale
 * @param refusal why it may not resolve (a phrase after "it"), or null if it may
 */
record BundleVerdict(TrustPolicy policy, long lastModified, String source, String refusal) {

    boolean isFor(TrustPolicy current, long currentLastModified) {
        return policy == current && lastModified == currentLastModified;
    }

    boolean admitted() {
        return refusal == null;
    }
}
