package se.stockholm.vbe.platform.internal.deploy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.wiring.BundleRevision;

import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.deploy.DeployRefusedException.Reason;
import se.stockholm.vbe.platform.internal.committee.CommitteeHealth;
import se.stockholm.vbe.platform.internal.committee.DeclaredCommittee;
import se.stockholm.vbe.platform.internal.trust.BundleContent;

/**
 * Puts a committee's jar in place: {@link Bundle#update} of the committee's bundle of the same symbolic name (so
 * it keeps its bundle id and nothing else is refreshed), or a new bundle at {@code vbe-upload:<id>}; then starts it
 * and waits, bounded, for the committee to come online or be refused. A bundle fileinstall manages (its file in
 * {@code deploy/}) is taken over instead: uninstalled with its file and installed anew at {@code vbe-upload:<id>},
 * because the old jar left in {@code deploy/} would put the old version back whenever fileinstall sees the file
 * again (touched, copied over, or a start with a fresh data directory). Before it starts the bundle, it checks the
 * headers the framework itself read from it against those the checks read. A refused jar is replaced by the one
 * before it again (or uninstalled, if there was none); after a take-over from {@code deploy/} that jar is back at
 * {@code vbe-upload:<id>}, not in {@code deploy/}, so the committee runs the version it ran, from another place.
 */
final class BundleInstaller {

    static final String LOCATION_PREFIX = "vbe-upload:";
    /** As fileinstall's {@code felix.fileinstall.start.level}: committee bundles start after the platform. */
    static final int START_LEVEL = 85;

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final BundleContext context;
    private final CommitteeHealth health;
    private final CommitteeDirectory directory;
    private final Path deployDirectory;

    BundleInstaller(BundleContext context, CommitteeHealth health, CommitteeDirectory directory,
            Path deployDirectory) {
        this.context = context;
        this.health = health;
        this.directory = directory;
        this.deployDirectory = deployDirectory;
    }

    /** The committee's installed bundle (an active one before others), never a resolution probe. */
    Optional<Bundle> installed(String committeeId) {
        return Arrays.stream(context.getBundles())
                .filter(bundle -> committeeId.equals(DeclaredCommittee.of(bundle)))
                .filter(bundle -> !bundle.getLocation().startsWith(ResolutionProbe.LOCATION_PREFIX))
                .min(Comparator.comparing((Bundle bundle) -> bundle.getState() != Bundle.ACTIVE)
                        .thenComparing(Bundle::getBundleId));
    }

    /**
     * Installs {@code jar} in place of {@code current} (or as a new bundle) and waits for the committee online.
     *
     * @return the jar it replaced, or empty if there was none
     * @throws CheckFailed (the {@code online} check) when it did not come online; the node is as before
     */
    Optional<byte[]> install(String committeeId, UploadedJar jar, Optional<Bundle> current, Duration timeout)
            throws CheckFailed {
        Optional<byte[]> replaced;
        Bundle target;
        try {
            replaced = current.map(bundle -> KeptJars.asJar(BundleContent.of(bundle)));
            if (current.isPresent() && deployedFile(current.get()).isPresent()) {
                target = takeOver(committeeId, current.get(), jar.bytes(), replaced.get());
            } else {
                target = current.isPresent() ? update(current.get(), jar.bytes())
                        : installNew(committeeId, jar.bytes());
            }
        } catch (BundleException e) {
            throw CheckFailed.invalid("the framework does not accept it: " + e.getMessage());
        } catch (IllegalStateException e) {
            throw new CheckFailed(Reason.CONFLICT, "the committee's bundle changed while this ran (removed or "
                    + "replaced by another deployment): " + e.getMessage() + "; look at it again and retry");
        }
        String refusal = otherHeaders(target, jar);
        if (refusal == null) {
            refusal = startAndAwait(target, committeeId, timeout);
        }
        if (refusal != null) {
            undo(target, replaced);
            throw CheckFailed.invalid("it did not come online and the version before it was put back: " + refusal);
        }
        return replaced;
    }

    /**
     * Why the framework's own reading of the installed, unstarted bundle's headers is not what the checks read, or
     * null: the checks read the jar through its central directory as the framework does, and this makes sure.
     */
    private static String otherHeaders(Bundle bundle, UploadedJar jar) {
        Dictionary<String, String> headers = bundle.getHeaders("");
        for (String name : List.of(DeclaredCommittee.HEADER, Constants.BUNDLE_SYMBOLICNAME, Constants.IMPORT_PACKAGE)) {
            if (!Objects.equals(strip(headers.get(name)), jar.header(name))) {
                return "the framework reads its " + name + " as " + headers.get(name) + ", the checks as "
                        + jar.header(name) + "; it was not started";
            }
        }
        String refusal = ImportCheck.refusal(headers::get);
        return refusal == null ? null : "as the framework reads it, it " + refusal + "; it was not started";
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** Whether fileinstall manages the bundle (its location is a file in {@code deploy/}). */
    boolean fromDeployDirectory(Bundle bundle) {
        return deployedFile(bundle).isPresent();
    }

    /** Uninstalls the bundle; one fileinstall manages goes with its file, or fileinstall would install it again. */
    void uninstall(Bundle bundle) {
        Optional<Path> deployed = deployedFile(bundle);
        try {
            bundle.uninstall();
            if (deployed.isPresent()) {
                Files.deleteIfExists(deployed.get());
            }
        } catch (BundleException | IOException e) {
            throw new IllegalStateException("cannot uninstall " + bundle.getSymbolicName() + ": " + e.getMessage(), e);
        }
    }

    private Optional<Path> deployedFile(Bundle bundle) {
        try {
            if (!bundle.getLocation().startsWith("file:")) {
                return Optional.empty();
            }
            Path file = Path.of(URI.create(bundle.getLocation())).toAbsolutePath().normalize();
            return file.startsWith(deployDirectory) ? Optional.of(file) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Bundle installNew(String committeeId, byte[] bytes) throws BundleException {
        String location = LOCATION_PREFIX + committeeId;
        if (context.getBundle(location) != null) {
            // the framework would hand back that bundle as if installed anew
            throw new BundleException("bundle " + context.getBundle(location).getBundleId() + " is installed at "
                    + location + " already");
        }
        Bundle bundle = context.installBundle(location, new ByteArrayInputStream(bytes));
        bundle.adapt(BundleStartLevel.class).setStartLevel(START_LEVEL);
        return bundle;
    }

    /** The deploy/ bundle goes with its file; if the framework refuses the new jar, the old one comes back here. */
    private Bundle takeOver(String committeeId, Bundle deployed, byte[] bytes, byte[] previous)
            throws BundleException {
        uninstall(deployed);
        try {
            return installNew(committeeId, bytes);
        } catch (BundleException e) {
            try {
                installNew(committeeId, previous).start();
            } catch (BundleException | IllegalStateException again) {
                throw new IllegalStateException("cannot put the version before " + deployed.getSymbolicName()
                        + " back: " + again.getMessage(), again);
            }
            throw e;
        }
    }

    /**
     * Replaces the bundle's content. Felix may replace it and then fail to start the bundle again ("Unable to
     * acquire global lock for resolve" while another thread holds the framework's lock, seen once in 60
     * back-to-back updates): that is no refusal of the jar, so the start that follows tries again.
     */
    private static Bundle update(Bundle bundle, byte[] bytes) throws BundleException {
        BundleRevision before = bundle.adapt(BundleRevision.class);
        try {
            bundle.update(new ByteArrayInputStream(bytes));
        } catch (BundleException e) {
            if (bundle.adapt(BundleRevision.class) == before) {
                throw e;
            }
        }
        return bundle;
    }

    /** Null once the committee is online from this bundle's revision, else why not. */
    private String startAndAwait(Bundle bundle, String committeeId, Duration timeout) {
        try {
            bundle.start();
        } catch (BundleException | IllegalStateException e) {
            return "it does not start: " + e.getMessage();
        }
        String source = bundle.getSymbolicName() + " " + bundle.getVersion();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<CommitteeInfo> committee = directory.committee(committeeId);
            if (committee.isPresent() && committee.get().online()
                    && source.equals(committee.get().bundle() + " " + committee.get().bundleVersion())) {
                return null;
            }
            Optional<String> refused = health.refusal(source);
            if (refused.isPresent()) {
                return refused.get();
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return "committee " + committeeId + " was not online from " + source + " within " + timeout.toSeconds()
                + " s (onlineTimeoutSeconds in " + UploadLimits.PID + ")";
    }

    private void undo(Bundle bundle, Optional<byte[]> replaced) throws CheckFailed {
        try {
            if (replaced.isPresent()) {
                update(bundle, replaced.get()).start();
            } else {
                bundle.uninstall();
            }
        } catch (BundleException | IllegalStateException e) {
            throw CheckFailed.invalid("it did not come online, and the version before it could not be put back ("
                    + e.getMessage() + "); bundle " + bundle.getBundleId() + " needs the operator");
        }
    }
}
