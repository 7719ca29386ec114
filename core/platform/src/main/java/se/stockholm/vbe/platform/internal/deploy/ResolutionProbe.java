package se.stockholm.vbe.platform.internal.deploy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.hooks.bundle.CollisionHook;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

import se.stockholm.vbe.platform.internal.trust.BundleGate;

/**
 * The resolution check: installs the upload unstarted under a location of its own, asks the framework to resolve
 * it (the trust gate takes part, as for any committee bundle), and uninstalls it again whatever the answer. Its
 * code never runs: an unstarted bundle activates nothing, and nothing can wire to it while it is there, since a
 * committee bundle exports no package and provides no capability but DS services ({@code CommitteeHeaders}, which
 * the imports check and the trust gate both apply).
 *
 * <p>Felix's default {@code org.osgi.framework.bsnversion} ({@code managed}) refuses a second bundle with the
 * same symbolic name and version as one installed, which is what a dry run of a re-upload is; so this is also a
 * collision hook that lets exactly the probe's own install collide.
 */
final class ResolutionProbe implements CollisionHook {

    static final String LOCATION_PREFIX = "vbe-upload-check:";

    private final BundleContext context;
    private final BundleGate gate;
    private final ThreadLocal<Boolean> probing = ThreadLocal.withInitial(() -> false);

    ResolutionProbe(BundleContext context, BundleGate gate) {
        this.context = context;
        this.gate = gate;
    }

    String check(UploadedJar jar, String committeeId) throws CheckFailed {
        Bundle probe;
        probing.set(true);
        try {
            probe = context.installBundle(LOCATION_PREFIX + committeeId + ":" + System.nanoTime(),
                    new ByteArrayInputStream(jar.bytes()));
        } catch (BundleException e) {
            throw CheckFailed.invalid("the framework does not accept it as a bundle: " + e.getMessage());
        } finally {
            probing.set(false);
        }
        try {
            FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
            if (wiring.resolveBundles(Set.of(probe))) {
                return "resolves against the running platform";
            }
            throw CheckFailed.invalid("does not resolve against the running platform: " + whyNot(probe, wiring));
        } finally {
            uninstall(probe);
        }
    }

    private String whyNot(Bundle probe, FrameworkWiring wiring) {
        String refusal = gate.refusalOf(probe);
        if (refusal != null) {
            return "the trust gate refuses it: it " + refusal;
        }
        List<String> missing = new ArrayList<>();
        BundleRevision revision = probe.adapt(BundleRevision.class);
        for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
            boolean optional = "optional".equals(requirement.getDirectives().get("resolution"));
            if (!optional && wiring.findProviders(requirement).isEmpty()) {
                missing.add(requirement.getNamespace() + " " + requirement.getDirectives().get("filter"));
            }
        }
        return missing.isEmpty() ? "the framework gives no reason (bundle:diag would)"
                : "nothing provides " + String.join("; ", missing);
    }

    private static void uninstall(Bundle probe) {
        try {
            probe.uninstall();
        } catch (BundleException | IllegalStateException e) {
            // already gone: nothing is left behind
        }
    }

    @Override
    public void filterCollisions(int operationType, Bundle target, Collection<Bundle> collisionCandidates) {
        if (operationType == INSTALLING && probing.get()) {
            collisionCandidates.clear();
        }
    }
}
