package se.stockholm.vbe.platform.internal.quarantine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.committee.CommitteeQuarantine;
import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.platform.internal.committee.DeclaredCommittee;
import se.stockholm.vbe.platform.internal.db.Database;

/**
 * Keeps the bundles of committees in quarantine stopped on this node: stopped at once when the quarantine
 * begins here, stopped again whenever one starts (an update in deploy/, a restart of Karaf), and, once a
 * heartbeat, brought in line with quarantines begun or ended on another node. A bundle is only ever stopped
 * transiently ({@link Bundle#STOP_TRANSIENT}): nothing is uninstalled or refreshed, its start setting stays, and
 * on release only the bundles stopped here for a quarantine are started again.
 */
@Component(service = QuarantineEnforcer.class, configurationPid = "se.stockholm.vbe.node", immediate = true)
public final class QuarantineEnforcer implements BundleListener {

    private static final Logger LOG = LoggerFactory.getLogger(QuarantineEnforcer.class);

    private final BundleContext context;
    private final QuarantineStore store;
    private final Database database;
    /** The bundles this node stopped for a quarantine, by bundle id: the ones a release starts again. */
    private final Set<Long> stoppedHere = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "vbe-quarantine");
        thread.setDaemon(true);
        return thread;
    });
    private final Runnable sweep = this::sweep;

    @Activate
    public QuarantineEnforcer(BundleContext context, @Reference QuarantineStore store, @Reference Database database,
            QuarantineConfiguration configuration) {
        this.context = context;
        this.store = store;
        this.database = database;
        context.addBundleListener(this);
        database.whenAvailable(sweep);
        long seconds = Math.max(1, configuration.heartbeatSeconds());
        sweeper.scheduleWithFixedDelay(sweep, 0, seconds, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
        database.stopNotifying(sweep);
        sweeper.shutdownNow();
    }

    /** A committee bundle that started while its committee is in quarantine is stopped again (off the event thread). */
    @Override
    public void bundleChanged(BundleEvent event) {
        String committeeId = DeclaredCommittee.of(event.getBundle());
        if (event.getType() == BundleEvent.STARTED && committeeId != null) {
            sweeper.execute(() -> {
                try {
                    if (store.find(committeeId).isPresent()) {
                        stop(event.getBundle(), committeeId);
                    }
                } catch (UnavailableException e) {
                    LOG.warn("Cannot tell whether committee {} is in quarantine yet ({}); the next sweep will",
                            committeeId, e.getMessage());
                }
            });
        }
    }

    /** Stops the committee's bundles on this node now. */
    void enforce(String committeeId) {
        bundlesOf(committeeId).forEach(bundle -> stop(bundle, committeeId));
    }

    /** Starts again the committee's bundles this node stopped for its quarantine. */
    void lift(String committeeId) {
        for (Bundle bundle : bundlesOf(committeeId)) {
            if (stoppedHere.remove(bundle.getBundleId()) && bundle.getState() == Bundle.RESOLVED) {
                try {
                    bundle.start(Bundle.START_TRANSIENT);
                    LOG.warn("Committee bundle {} {} started: its committee {} left quarantine",
                            bundle.getSymbolicName(), bundle.getVersion(), committeeId);
                } catch (BundleException | IllegalStateException e) {
                    LOG.error("Cannot start committee bundle {} after the quarantine of {}: {}",
                            bundle.getSymbolicName(), committeeId, e.getMessage(), e);
                }
            }
        }
    }

    /** Brings this node in line with the quarantines in the database. */
    private void sweep() {
        try {
            Set<String> quarantined = store.all().stream().map(CommitteeQuarantine::committeeId)
                    .collect(Collectors.toSet());
            for (Bundle bundle : context.getBundles()) {
                String committeeId = DeclaredCommittee.of(bundle);
                if (committeeId == null) {
                    continue;
                }
                if (quarantined.contains(committeeId)) {
                    stop(bundle, committeeId);
                } else if (stoppedHere.contains(bundle.getBundleId())) {
                    lift(committeeId);
                }
            }
        } catch (UnavailableException e) {
            LOG.debug("Quarantines not checked, the database is away: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Quarantines not checked: {}", e.getMessage(), e);
        }
    }

    /**
     * Each committee in quarantine, with since when and whether its bundle still runs here (a stop that failed),
     * but not by whom nor why; nothing while the database cannot say (health names the database then).
     */
    public List<HealthProblem> problems() {
        List<CommitteeQuarantine> quarantines;
        try {
            quarantines = store.all();
        } catch (UnavailableException e) {
            return List.of();
        }
        List<HealthProblem> problems = new ArrayList<>();
        for (CommitteeQuarantine quarantine : quarantines) {
            String committeeId = quarantine.committeeId();
            boolean running = bundlesOf(committeeId).stream().anyMatch(bundle -> bundle.getState() == Bundle.ACTIVE);
            // Health is public: who began the quarantine and why stay with the committee, for signed-in staff.
            problems.add(new HealthProblem("committee " + committeeId, "in quarantine since " + quarantine.since()
                    + (running ? ": its bundle still runs on this node, the stop failed (see the log)"
                            : ": its bundle is stopped and its local rules give REVIEW")
                    + "; who began it and why: GET /api/committees/" + committeeId + " (signed in)"
                    + "; release it with DELETE /api/admin/committees/" + committeeId + "/quarantine or vbe:release "
                    + committeeId, committeeId));
        }
        return problems;
    }

    private List<Bundle> bundlesOf(String committeeId) {
        return List.of(context.getBundles()).stream().filter(bundle -> committeeId.equals(DeclaredCommittee.of(bundle)))
                .toList();
    }

    private void stop(Bundle bundle, String committeeId) {
        if ((bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
            // Stopped transiently before this component (re)started: still ours to start on release. One an
            // operator stopped (bundle:stop is persistent) stays as the operator left it.
            BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
            if (bundle.getState() == Bundle.RESOLVED && level != null && level.isPersistentlyStarted()) {
                stoppedHere.add(bundle.getBundleId());
            }
            return;
        }
        try {
            stoppedHere.add(bundle.getBundleId());
            bundle.stop(Bundle.STOP_TRANSIENT);
            LOG.warn("Committee bundle {} {} stopped: its committee {} is in quarantine", bundle.getSymbolicName(),
                    bundle.getVersion(), committeeId);
        } catch (BundleException | IllegalStateException e) {
            LOG.error("Cannot stop committee bundle {} of {} in quarantine: {}", bundle.getSymbolicName(),
                    committeeId, e.getMessage(), e);
        }
    }
}
