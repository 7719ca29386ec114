package se.stockholm.vbe.platform.internal.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.bundle.CollisionHook;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeOwnership;
import se.stockholm.vbe.api.committee.CommitteeQuarantines;
import se.stockholm.vbe.api.deploy.BundleDeployer;
import se.stockholm.vbe.api.deploy.BundleUpload;
import se.stockholm.vbe.api.deploy.DeployRefusedException;
import se.stockholm.vbe.api.deploy.DeployRefusedException.Reason;
import se.stockholm.vbe.api.deploy.DeployReport;
import se.stockholm.vbe.api.deploy.DeployedBundle;
import se.stockholm.vbe.platform.internal.committee.CatalogueLimits;
import se.stockholm.vbe.platform.internal.committee.CommitteeHealth;
import se.stockholm.vbe.platform.internal.committee.CommitteeValidator;
import se.stockholm.vbe.platform.internal.committee.OwnerStore;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.trust.BundleGate;

/**
 * Committee bundles uploaded over the API: runs the checks in order ({@link CheckRun}), then, unless it is a dry
 * run, installs in place ({@link BundleInstaller}) and keeps the replaced jar ({@link KeptJars}). One deployment at
 * a time on the node: everything that decides (the bundle installed, its owner, the trust policy, the kept jar) is
 * read under the node's lock. At most {@value #READING_AT_ONCE} uploads are read into memory at once. Every call
 * for a well-formed committee id is audited, denied and refused ones too; the audit never turns an install that
 * went live into a failure.
 */
@Component(service = BundleDeployer.class, configurationPid = UploadLimits.PID)
@Designate(ocd = UploadConfiguration.class)
public final class BundleDeployerImpl implements BundleDeployer {

    private static final Logger LOG = LoggerFactory.getLogger(BundleDeployerImpl.class);
    private static final long WAIT_FOR_ANOTHER_SECONDS = 60;
    private static final int READING_AT_ONCE = 2;
    private static final long WAIT_FOR_A_PERMIT_SECONDS = 5;
    private static final String[] STATES = {"UNINSTALLED", "INSTALLED", "RESOLVED", "STARTING", "STOPPING", "ACTIVE"};

    private final OwnerStore owners;
    private final CommitteeDirectory directory;
    private final CommitteeQuarantines quarantines;
    private final BundleGate gate;
    private final ResolutionProbe probe;
    private final BundleInstaller installer;
    private final KeptJars kept;
    private final DeployAudit audit;
    private final CommitteeValidator validator;
    private final Path temporary;
    private final ServiceRegistration<CollisionHook> collisionHook;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final UploadPermits reading = new UploadPermits(READING_AT_ONCE,
            Duration.ofSeconds(WAIT_FOR_A_PERMIT_SECONDS));
    private volatile UploadLimits limits;

    @Activate
    public BundleDeployerImpl(@Reference OwnerStore owners, @Reference CommitteeHealth health,
            @Reference CommitteeDirectory directory, @Reference CommitteeQuarantines quarantines,
            @Reference BundleGate gate, @Reference CatalogueLimits catalogueLimits, @Reference Database database,
            BundleContext context, UploadConfiguration config) {
        this.owners = owners;
        this.directory = directory;
        this.quarantines = quarantines;
        this.gate = gate;
        this.limits = UploadLimits.of(config);
        this.probe = new ResolutionProbe(context, gate);
        Path karafBase = Path.of(System.getProperty("karaf.base", ".")).toAbsolutePath().normalize();
        this.installer = new BundleInstaller(context, health, directory, karafBase.resolve("deploy"));
        Path data = Path.of(System.getProperty("karaf.data", "data"));
        this.kept = new KeptJars(data.resolve("vbe-upload"));
        this.temporary = data.resolve("tmp");
        this.audit = new DeployAudit(database);
        this.validator = new CommitteeValidator(catalogueLimits);
        this.collisionHook = context.registerService(CollisionHook.class, probe, null);
    }

    @Modified
    void modified(UploadConfiguration config) {
        limits = UploadLimits.of(config);
    }

    @Deactivate
    void deactivate() {
        collisionHook.unregister();
    }

    @Override
    public DeployedBundle current(String committeeId, Actor actor) {
        requireCommitteeId(committeeId);
        if (!actor.canDeploy(committeeId)) {
            throw denied(committeeId, actor);
        }
        return deployed(committeeId);
    }

    private DeployedBundle deployed(String committeeId) {
        Optional<Bundle> bundle = installer.installed(committeeId);
        boolean online = directory.committee(committeeId).map(c -> c.online()).orElse(false);
        String previous = kept.kept(committeeId).flatMap(this::versionOf).orElse(null);
        return bundle.map(b -> new DeployedBundle(committeeId, b.getSymbolicName(), b.getVersion().toString(),
                b.getBundleId(), state(b), online, previous))
                .orElseGet(() -> new DeployedBundle(committeeId, null, null, -1, "NONE", online, previous));
    }

    @Override
    public DeployReport upload(String committeeId, BundleUpload upload, Actor actor) {
        Attempt attempt = new Attempt(actor, upload.dryRun() ? "dry-run" : "upload", committeeId);
        return attempt.run(() -> {
            DeployReport report = reading.withAPermit(() -> deploy(committeeId, upload, attempt));
            attempt.succeeded(upload.dryRun() ? attempt.before : report.symbolicName() + " " + report.version(),
                    upload.dryRun() ? "passed" : "installed" + attempt.note);
            LOG.info("{} {} committee bundle {} {} for {}", actor.displayName(), upload.dryRun() ? "checked"
                    : "installed", report.symbolicName(), report.version(), committeeId);
            return report;
        });
    }

    private DeployReport deploy(String committeeId, BundleUpload upload, Attempt attempt) {
        UploadLimits current = limits;
        CheckRun run = new CheckRun(committeeId, upload.dryRun());
        byte[][] body = new byte[1][];
        UploadedJar[] jar = new UploadedJar[1];
        ArchiveKind[] kind = new ArchiveKind[1];
        run.check("size", () -> {
            body[0] = BodyReader.read(upload, current.maxBytes());
            return body[0].length + " bytes, at most " + current.maxBytes() + " allowed";
        });
        run.check("content-type", () -> {
            kind[0] = ArchiveKind.of(upload.contentType());
            return "a " + kind[0] + " (" + upload.contentType() + ")";
        });
        ZipLimitCheck zip = new ZipLimitCheck(current, temporary);
        ZipLimitCheck.Read[] archive = new ZipLimitCheck.Read[1];
        run.check("zip", () -> {
            archive[0] = zip.check(body[0], "the " + kind[0]);
            return archive[0].detail();
        });
        run.check("kar", () -> {
            if (kind[0] == ArchiveKind.JAR) {
                return "a JAR: nothing to unpack";
            }
            body[0] = KarContents.committeeJar(archive[0].entries());
            archive[0] = zip.check(body[0], "the KAR's jar");
            return "takes its one jar; " + archive[0].detail();
        });
        run.check("manifest", () -> {
            jar[0] = UploadedJar.of(body[0], archive[0].entries());
            String detail = ManifestCheck.check(jar[0], committeeId);
            run.identify(jar[0]);
            return detail;
        });
        run.check("imports", () -> ImportCheck.check(jar[0]));
        return withTheNode(() -> {
            Optional<Bundle> installed = installer.installed(committeeId);
            attempt.before = installed.map(BundleDeployerImpl::source).orElse(null);
            run.check("ownership", () -> ownership(committeeId, jar[0].symbolicName(), installed));
            run.check("trust", () -> trust(jar[0], committeeId));
            run.check("descriptor", () -> DescriptorCheck.check(jar[0].content(), committeeId, validator));
            run.check("resolution", () -> probe.check(jar[0], committeeId));
            if (upload.dryRun()) {
                return run.report(false);
            }
            run.check("online", () -> install(committeeId, jar[0], installed, current, attempt));
            return run.report(true);
        });
    }

    /** Installs the checked jar in place of the committee's bundle; a detail on where it went online. */
    private String install(String committeeId, UploadedJar jar, Optional<Bundle> installed, UploadLimits current,
            Attempt attempt) throws CheckFailed {
        boolean takenOver = installed.map(installer::fromDeployDirectory).orElse(false);
        Optional<byte[]> replaced = installer.install(committeeId, jar, installed, current.onlineTimeout());
        replaced.ifPresent(previous -> attempt.keep(kept, committeeId, previous));
        return "committee " + committeeId + " is online from " + jar.symbolicName() + " " + jar.version()
                + (takenOver ? ", taken over from deploy/ (bundle " + installed.get().getBundleId()
                        + " and its file removed), installed as bundle "
                        + installer.installed(committeeId).map(Bundle::getBundleId).orElse(-1L)
                : installed.isPresent() ? ", updated in place (bundle " + installed.get().getBundleId() + ")"
                : ", newly installed") + attempt.note;
    }

    @Override
    public DeployedBundle rollback(String committeeId, Actor actor) {
        Attempt attempt = new Attempt(actor, "rollback", committeeId);
        return attempt.run(() -> {
            DeployedBundle now = reading.withAPermit(() -> withTheNode(() -> {
                Optional<Bundle> installed = installer.installed(committeeId);
                attempt.before = installed.map(BundleDeployerImpl::source).orElse(null);
                byte[] previous = kept.kept(committeeId).orElseThrow(() -> new NotFoundException("no earlier jar of "
                        + committeeId + " is kept: nothing to roll back to"));
                UploadLimits current = limits;
                CheckRun run = new CheckRun(committeeId, false);
                UploadedJar[] jar = new UploadedJar[1];
                run.check("zip", () -> {
                    jar[0] = UploadedJar.of(previous, new ZipLimitCheck(current, temporary)
                            .check(previous, "the kept jar").entries());
                    run.identify(jar[0]);
                    return "the kept jar " + jar[0].symbolicName() + " " + jar[0].version();
                });
                run.check("manifest", () -> ManifestCheck.check(jar[0], committeeId));
                run.check("imports", () -> ImportCheck.check(jar[0]));
                run.check("ownership", () -> ownership(committeeId, jar[0].symbolicName(), installed));
                run.check("trust", () -> trust(jar[0], committeeId));
                run.check("online", () -> {
                    Optional<byte[]> replaced = installer.install(committeeId, jar[0], installed,
                            current.onlineTimeout());
                    replaced.ifPresent(jarBefore -> attempt.keep(kept, committeeId, jarBefore));
                    return "committee " + committeeId + " is online from " + jar[0].symbolicName() + " "
                            + jar[0].version() + attempt.note;
                });
                return deployed(committeeId);
            }));
            attempt.succeeded(now.symbolicName() + " " + now.version(), "rolled back" + attempt.note);
            return now;
        });
    }

    @Override
    public DeployedBundle remove(String committeeId, Actor actor) {
        Attempt attempt = new Attempt(actor, "remove", committeeId);
        return attempt.run(() -> {
            DeployedBundle now = withTheNode(() -> {
                Bundle bundle = installer.installed(committeeId).orElseThrow(() -> new NotFoundException(
                        "no bundle of committee " + committeeId + " is installed on this node"));
                attempt.before = source(bundle);
                kept.keep(committeeId, bundle);
                installer.uninstall(bundle);
                return deployed(committeeId);
            });
            attempt.succeeded(null, "uninstalled; its jar is kept");
            return now;
        });
    }

    private String ownership(String committeeId, String symbolicName, Optional<Bundle> installed) throws CheckFailed {
        if (installed.isPresent() && !symbolicName.equals(installed.get().getSymbolicName())) {
            throw new CheckFailed(Reason.CONFLICT, "committee " + committeeId + " is served on this node by bundle "
                    + installed.get().getSymbolicName() + " (bundle " + installed.get().getBundleId() + "), not "
                    + symbolicName + "; an upload replaces that bundle only with a jar of the same symbolic name");
        }
        Optional<CommitteeOwnership> owner = owners.owner(committeeId);
        if (owner.isEmpty()) {
            return "committee id " + committeeId + " has no owner yet; " + symbolicName + " will claim it";
        }
        if (!owner.get().bundle().equals(symbolicName)) {
            throw new CheckFailed(Reason.CONFLICT, "committee id " + committeeId + " belongs to bundle "
                    + owner.get().bundle() + ", not " + symbolicName + "; an upload replaces the owner's own bundle "
                    + "(the coordinator can transfer the id: PUT /api/admin/committees/" + committeeId + "/owner)");
        }
        return "committee id " + committeeId + " belongs to " + symbolicName;
    }

    private String trust(UploadedJar jar, String committeeId) throws CheckFailed {
        String refusal = gate.refusal(jar.content(), committeeId);
        if (refusal != null) {
            throw CheckFailed.invalid("the trust policy refuses it: it " + refusal);
        }
        return "passes the trust policy (se.stockholm.vbe.trust)";
    }

    /** Runs {@code work} as the node's one deployment, waiting for another to finish first. */
    private <T> T withTheNode(Supplier<T> work) {
        try {
            if (!oneAtATime.tryLock(WAIT_FOR_ANOTHER_SECONDS, TimeUnit.SECONDS)) {
                throw new ConflictException("another committee bundle is being deployed on this node; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("interrupted while waiting for another deployment");
        }
        try {
            return work.get();
        } finally {
            oneAtATime.unlock();
        }
    }

    /**
     * A malformed committee id names no committee (404, as for any committee resource), before the role is
     * checked: it could never have been one, and the id goes into paths and the audit.
     */
    private static void requireCommitteeId(String committeeId) {
        try {
            Validation.requireSlug(committeeId, "committeeId");
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no committee " + committeeId + ": " + e.getMessage());
        }
    }

    private static AccessDeniedException denied(String committeeId, Actor actor) {
        return new AccessDeniedException("user " + actor.displayName() + " may not deploy the bundle of "
                + committeeId + " (needs the role " + Actor.DEPLOYER_PREFIX + committeeId + " or coordinator)");
    }

    /**
     * One audited call: what the bundle was and became, and how it ended; recorded once, in a finally, whatever
     * happened. A call that throws before {@link #succeeded} is recorded as refused with the exception's message.
     */
    private final class Attempt {

        private final Actor actor;
        private final String action;
        private final String committeeId;
        private String before;
        private String after;
        private String outcome;
        private String note = "";
        private boolean wellFormed;
        private RuntimeException failure;

        Attempt(Actor actor, String action, String committeeId) {
            this.actor = actor;
            this.action = action;
            this.committeeId = committeeId;
        }

        /** Runs the work after {@link #allowed()}, recording the attempt however it ends. */
        <T> T run(Supplier<T> work) {
            try {
                allowed();
                return work.get();
            } catch (RuntimeException e) {
                failed(e);
                throw e;
            } finally {
                record();
            }
        }

        /**
         * The checks that come before anything is read: id, role, quarantine (an upload or a rollback would start
         * the bundle the coordinator stopped; a dry run starts nothing, so a fix can be checked meanwhile).
         */
        void allowed() {
            requireCommitteeId(committeeId);
            wellFormed = true;
            before = installer.installed(committeeId).map(BundleDeployerImpl::source).orElse(null);
            if (!actor.canDeploy(committeeId)) {
                throw denied(committeeId, actor);
            }
            if (action.equals("upload") || action.equals("rollback")) {
                quarantines.quarantine(committeeId).ifPresent(quarantine -> {
                    throw new ConflictException("committee " + committeeId + " is in quarantine (since "
                            + quarantine.since() + "): the coordinator releases it first (DELETE /api/admin/"
                            + "committees/" + committeeId + "/quarantine), then it can be " + (action.equals(
                                    "rollback") ? "rolled back" : "uploaded"));
                });
            }
        }

        /** Keeps the replaced jar; a failure is noted, not thrown: the new version is live already. */
        void keep(KeptJars jars, String id, byte[] replaced) {
            try {
                jars.keep(id, replaced);
            } catch (RuntimeException e) {
                LOG.error("Committee {} is online, but the jar it replaced could not be kept", id, e);
                note = "; the jar it replaced could not be kept, so there is nothing to roll back to: "
                        + e.getMessage();
            }
        }

        void failed(RuntimeException e) {
            failure = e;
        }

        void succeeded(String now, String how) {
            after = now;
            outcome = how;
        }

        void record() {
            if (!wellFormed) {
                return;
            }
            String how = outcome;
            try {
                String now = after;
                if (how == null) {
                    how = failure instanceof DeployRefusedException refused ? "refused at " + refused.check() + ": "
                            + refused.report().checks().get(refused.report().checks().size() - 1).detail()
                            : "refused: " + (failure == null ? "an unexpected error" : failure.getMessage());
                    now = installer.installed(committeeId).map(BundleDeployerImpl::source).orElse(null);
                }
                audit.record(actor, action, committeeId, before, now, how);
            } catch (RuntimeException e) {
                LOG.error("The audit of {} by {} for committee {} ({}) could not be written", action,
                        actor.displayName(), committeeId, how, e);
            }
        }
    }

    private Optional<String> versionOf(byte[] jar) {
        try {
            return Optional.of(UploadedJar.of(jar, new ZipLimitCheck(limits, temporary).check(jar, "the kept jar")
                    .entries()).version());
        } catch (CheckFailed e) {
            return Optional.empty();
        }
    }

    private static String source(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    private static String state(Bundle bundle) {
        int bit = Integer.numberOfTrailingZeros(bundle.getState());
        return bit < STATES.length ? STATES[bit] : "UNKNOWN";
    }
}
