package se.stockholm.vbe.platform.internal.trust;

import java.util.List;
import java.util.stream.Collectors;

/** Decides whether a committee bundle's content passes the policy: its signatures, then its bytecode. */
final class CommitteeBundleCheck {

    private static final int VIOLATIONS_SHOWN = 5;

    private final SignatureVerifier signatures = new SignatureVerifier();
    private final BytecodeInspector bytecode = new BytecodeInspector();

    /** Why the bundle may not resolve (a phrase after "it"), or null if it may. */
    String refusal(BundleContent content, String committeeId, TrustPolicy policy) {
        if (policy.requireSignature()) {
            if (policy.problem() != null) {
                return "cannot be checked: signatures are required, but the trust store cannot be used: "
                        + policy.problem();
            }
            String unsigned = signatures.verify(content, committeeId, policy.signers()).orElse(null);
            if (unsigned != null) {
                return unsigned;
            }
        }
        if (policy.bytecodeCheck()) {
            List<BytecodeInspector.Violation> violations = bytecode.inspect(content);
            if (!violations.isEmpty()) {
                return "does in its bytecode what a committee bundle may not: " + violations.stream()
                        .limit(VIOLATIONS_SHOWN).map(Object::toString).collect(Collectors.joining("; "))
                        + (violations.size() > VIOLATIONS_SHOWN
                                ? " (and " + (violations.size() - VIOLATIONS_SHOWN) + " more)" : "");
            }
        }
        return null;
    }
}
