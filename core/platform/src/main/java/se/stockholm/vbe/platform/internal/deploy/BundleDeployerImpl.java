package se.stockholm.vbe.platform.internal.deploy;

import java.nio.file.Path;
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
import se.stockholm.vbe.api.deploy.BundleDeployer;
import se.stockholm.vbe.api.deploy.BundleUpload;
import se.stockholm.vbe.api.deploy.DeployRefusedException;
import se.stockholm.vbe.api.deploy.DeployRefusedException.Reason;
import se.stockholm.vbe.api.deploy.DeployReport;
import se.stockholm.vbe.api.deploy.DeployedBundle;
import se.stockholm.vbe.platform.internal.committee.CommitteeHealth;
import se.stockholm.vbe.platform.internal.committee.OwnerStore;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.trust.BundleGate;

/**
 * Committee bundles uploaded over the API: runs the checks in order ({@link CheckRun}), then, unless it is a dry
 * run, installs in place ({@link BundleInstaller}) and keeps the replaced jar ({@link KeptJars}). One deployment at
 * a time on the node. Every call that reaches the checks is audited, refused ones too.
 */
@Component(service = BundleDeployer.class, configurationPid = UploadLimits.PID)
@Designate(ocd = UploadConfiguration.class)
public final class BundleDeployerImpl implements BundleDeployer {

    private static final Logger LOG = LoggerFactory.getLogger(BundleDeployerImpl.class);
    private static final long WAIT_FOR_ANOTHER_SECONDS = 60;
    private static final String[] STATES = {"UNINSTALLED", "INSTALLED", "RESOLVED", "STARTING", "STOPPING", "ACTIVE"};

    private final OwnerStore owners;
    private final CommitteeDirectory directory;
    private final BundleGate gate;
    private final ResolutionProbe probe;
    private final BundleInstaller installer;
    private final KeptJars kept;
    private final DeployAudit audit;
    private final ServiceRegistration<CollisionHook> collisionHook;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private volatile UploadLimits limits;

    @Activate
    public BundleDeployerImpl(@Reference OwnerStore owners, @Reference CommitteeHealth registry,
            @Reference CommitteeDirectory directory, @Reference BundleGate gate, @Reference Database database,
            BundleContext context, UploadConfiguration config) {
        this.owners = owners;
        this.directory = directory;
        this.gate = gate;
        this.limits = UploadLimits.of(config);
        this.probe = new ResolutionProbe(context, gate);
        Path karafBase = Path.of(System.getProperty("karaf.base", ".")).toAbsolutePath().normalize();
        this.installer = new BundleInstaller(context, registry, directory, karafBase.resolve("deploy"));
        this.kept = new KeptJars(Path.of(System.getProperty("karaf.data", "data"), "vbe-upload"));
        this.audit = new DeployAudit(database);
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
        requireDeployer(committeeId, actor);
        Optional<Bundle> bundle = installer.installed(committeeId);
        boolean online = directory.committee(committeeId).map(c -> c.online()).orElse(false);
        String previous = kept.kept(committeeId).flatMap(BundleDeployerImpl::versionOf).orElse(null);
        return bundle.map(b -> new DeployedBundle(committeeId, b.getSymbolicName(), b.getVersion().toString(),
                b.getBundleId(), state(b), online, previous))
                .orElseGet(() -> new DeployedBundle(committeeId, null, null, -1, "NONE", online, previous));
    }

    @Override
    public DeployReport upload(String committeeId, BundleUpload upload, Actor actor) {
        requireDeployer(committeeId, actor);
        String action = upload.dryRun() ? "dry-run" : "upload";
        String before = installer.installed(committeeId).map(BundleDeployerImpl::source).orElse(null);
        CheckRun run = new CheckRun(committeeId, upload.dryRun());
        try {
            DeployReport report = deploy(committeeId, upload, run);
            audit.record(actor, action, committeeId, before, upload.dryRun() ? before
                    : report.symbolicName() + " " + report.version(), upload.dryRun() ? "passed" : "installed");
            LOG.info("{} {} committee bundle {} {} for {}", actor.displayName(), upload.dryRun() ? "checked"
                    : "installed", report.symbolicName(), report.version(), committeeId);
            return report;
        } catch (DeployRefusedException refused) {
            audit.record(actor, action, committeeId, before, before, "refused at " + refused.check() + ": "
                    + refused.report().checks().get(refused.report().checks().size() - 1).detail());
            throw refused;
        }
    }

    private DeployReport deploy(String committeeId, BundleUpload upload, CheckRun run) {
        UploadLimits current = limits;
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
        ZipLimitCheck zip = new ZipLimitCheck(current);
        run.check("zip", () -> zip.check(body[0], "the " + kind[0]));
        run.check("kar", () -> {
            if (kind[0] == ArchiveKind.JAR) {
                return "a JAR: nothing to unpack";
            }
            byte[] inner = KarContents.committeeJar(body[0]);
            String detail = zip.check(inner, "the KAR's jar");
            body[0] = inner;
            return "takes its one jar; " + detail;
        });
        run.check("manifest", () -> {
            jar[0] = UploadedJar.read(body[0]);
            String detail = ManifestCheck.check(jar[0], committeeId);
            run.identify(jar[0]);
            return detail;
        });
        run.check("imports", () -> ImportCheck.check(jar[0]));
        run.check("ownership", () -> ownership(committeeId, jar[0].symbolicName()));
        run.check("trust", () -> {
            String refusal = gate.refusal(jar[0].content(), committeeId);
            if (refusal != null) {
                throw CheckFailed.invalid("the trust policy refuses it: it " + refusal);
            }
            return "passes the trust policy (se.stockholm.vbe.trust)";
        });
        run.check("descriptor", () -> DescriptorCheck.check(jar[0].content(), committeeId));
        return withTheNode(() -> {
            run.check("resolution", () -> probe.check(jar[0], committeeId));
            if (upload.dryRun()) {
                return run.report(false);
            }
            run.check("online", () -> {
                Optional<Bundle> replacing = installer.installed(committeeId)
                        .filter(b -> b.getSymbolicName().equals(jar[0].symbolicName()));
                boolean takenOver = replacing.map(installer::fromDeployDirectory).orElse(false);
                Optional<byte[]> replaced = installer.install(committeeId, jar[0], replacing, current.onlineTimeout());
                replaced.ifPresent(previous -> kept.keep(committeeId, previous));
                return "committee " + committeeId + " is online from " + jar[0].symbolicName() + " "
                        + jar[0].version() + (takenOver ? ", taken over from deploy/ (bundle "
                        + replacing.get().getBundleId() + " and its file removed), installed as bundle "
                        + installer.installed(committeeId).map(Bundle::getBundleId).orElse(-1L)
                        : replacing.isPresent() ? ", updated in place (bundle " + replacing.get().getBundleId() + ")"
                        : ", newly installed");
            });
            return run.report(true);
        });
    }

    @Override
    public DeployedBundle rollback(String committeeId, Actor actor) {
        requireDeployer(committeeId, actor);
        byte[] previous = kept.kept(committeeId).orElseThrow(() -> new NotFoundException("no earlier jar of "
                + committeeId + " is kept: nothing to roll back to"));
        Optional<Bundle> installed = installer.installed(committeeId);
        String before = installed.map(BundleDeployerImpl::source).orElse(null);
        CheckRun run = new CheckRun(committeeId, false);
        try {
            withTheNode(() -> {
                run.check("online", () -> {
                    UploadedJar jar = UploadedJar.read(previous);
                    run.identify(jar);
                    installer.install(committeeId, jar, installed, limits.onlineTimeout())
                            .ifPresent(replaced -> kept.keep(committeeId, replaced));
                    return "committee " + committeeId + " is online from " + jar.symbolicName() + " " + jar.version();
                });
                return null;
            });
        } catch (DeployRefusedException refused) {
            audit.record(actor, "rollback", committeeId, before, before, "refused: " + refused.getMessage());
            throw refused;
        }
        DeployedBundle now = current(committeeId, actor);
        audit.record(actor, "rollback", committeeId, before, now.symbolicName() + " " + now.version(), "rolled back");
        return now;
    }

    @Override
    public DeployedBundle remove(String committeeId, Actor actor) {
        requireDeployer(committeeId, actor);
        withTheNode(() -> {
            Bundle bundle = installer.installed(committeeId).orElseThrow(() -> new NotFoundException(
                    "no bundle of committee " + committeeId + " is installed on this node"));
            kept.keep(committeeId, bundle);
            installer.uninstall(bundle);
            audit.record(actor, "remove", committeeId, source(bundle), null, "uninstalled; its jar is kept");
            return null;
        });
        return current(committeeId, actor);
    }

    private String ownership(String committeeId, String symbolicName) throws CheckFailed {
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

    private static void requireDeployer(String committeeId, Actor actor) {
        Validation.requireLine(committeeId, "committeeId", 64);
        if (!actor.canDeploy(committeeId)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not deploy the bundle of "
                    + committeeId + " (needs the role " + Actor.DEPLOYER_PREFIX + committeeId + " or coordinator)");
        }
    }

    private static Optional<String> versionOf(byte[] jar) {
        try {
            return Optional.of(UploadedJar.read(jar).version());
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
