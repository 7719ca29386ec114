package se.stockholm.vbe.platform.internal.trust;

/**
 * The configuration in force, with its trust store read once.
 *
 * @param problem why the trust store could not be used, or null; with {@link #requireSignature} every committee
 *     bundle is then refused, since none can be checked
 */
record TrustPolicy(boolean requireSignature, boolean bytecodeCheck, TrustedSigners signers, String problem) {

    static TrustPolicy of(TrustConfiguration config) {
        try {
            TrustedSigners signers = TrustedSigners.load(config);
            String problem = config.requireSignature() && signers.isEmpty()
                    ? "requireSignature is on but no certificate is trusted (set keystore and the aliases)" : null;
            return new TrustPolicy(config.requireSignature(), config.bytecodeCheck(), signers, problem);
        } catch (IllegalArgumentException e) {
            return new TrustPolicy(config.requireSignature(), config.bytecodeCheck(), TrustedSigners.NONE,
                    e.getMessage());
        }
    }
}
