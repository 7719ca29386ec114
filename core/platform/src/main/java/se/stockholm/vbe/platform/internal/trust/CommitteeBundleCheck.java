package se.stockholm.vbe.platform.internal.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * Decides whether a committee bundle's content passes the policy: its manifest's headers ({@link CommitteeHeaders}),
 * its own class path, its signatures, then its bytecode.
 */
final class CommitteeBundleCheck {

    private static final int VIOLATIONS_SHOWN = 5;
    private static final String CLASS_PATH = "Bundle-ClassPath";

    private final SignatureVerifier signatures = new SignatureVerifier();
    private final BytecodeInspector bytecode = new BytecodeInspector();

    /** Why the bundle may not resolve (a phrase after "it"), or null if it may. */
    String refusal(BundleContent content, String committeeId, TrustPolicy policy) {
        Attributes manifest = manifest(content);
        String headers = CommitteeHeaders.refusal(manifest::getValue);
        if (headers != null) {
            return headers;
        }
        String classPath = embeddedClassPath(manifest);
        if (classPath != null) {
            return "has " + CLASS_PATH + ": " + classPath + "; a committee bundle's classes must lie in the bundle "
                    + "itself (\".\"), where the gate reads them, not in embedded jars or folders";
        }
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

    /** The bundle's class path if it names anything but the bundle itself, or null. */
    private static String embeddedClassPath(Attributes manifest) {
        String classPath = manifest.getValue(CLASS_PATH);
        return classPath == null || Arrays.stream(classPath.split(",")).map(String::strip).allMatch("."::equals)
                ? null : classPath;
    }

    private static Attributes manifest(BundleContent content) {
        byte[] manifest = content.entries().get(BundleContent.MANIFEST);
        if (manifest == null) {
            return new Attributes();
        }
        try {
            return new Manifest(new ByteArrayInputStream(manifest)).getMainAttributes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest", e);
        }
    }
}
