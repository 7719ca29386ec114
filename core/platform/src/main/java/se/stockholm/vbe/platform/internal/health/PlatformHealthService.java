package se.stockholm.vbe.platform.internal.health;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.features.BootFinished;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.api.health.HealthReport;
import se.stockholm.vbe.api.health.HealthService;
import se.stockholm.vbe.api.health.HealthStatus;
import se.stockholm.vbe.platform.internal.committee.CommitteeHealth;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.grant.RuleRegistry;
import se.stockholm.vbe.platform.internal.grant.RuleRunner;
import se.stockholm.vbe.platform.internal.quarantine.QuarantineEnforcer;
import se.stockholm.vbe.platform.internal.trust.BundleGate;
import se.stockholm.vbe.platform.internal.trust.ThreadReporter;

/**
 * Puts together the platform's health: the database from a real query, whether Karaf has finished
 * installing what it boots with (committee bundles included, so UP means ready to serve), and the
 * committee bundles and grant rules that failed, the committee bundles the trust gate refused, the threads
 * stopped committee bundles left running, the committees in quarantine, and demo passwords on an exposed
 * installation.
 */
@Component(service = HealthService.class)
public final class PlatformHealthService implements HealthService {

    static final String VERSION_HEADER = "VBE-Platform-Version";

    private final Database database;
    private final DatabaseProbe probe;
    private final CommitteeHealth committees;
    private final RuleRegistry rules;
    private final RuleRunner runner;
    private final DemoPasswordCheck demoPasswords;
    private final BundleGate gate;
    private final ThreadReporter threads;
    private final QuarantineEnforcer quarantines;
    private final String version;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile BootFinished bootFinished;

    @Activate
    public PlatformHealthService(@Reference Database database, @Reference CommitteeHealth committees,
            @Reference RuleRegistry rules, @Reference RuleRunner runner, @Reference DemoPasswordCheck demoPasswords,
            @Reference BundleGate gate, @Reference ThreadReporter threads, @Reference QuarantineEnforcer quarantines,
            BundleContext context) {
        this.database = database;
        this.probe = new DatabaseProbe(database, Clock.systemUTC());
        this.committees = committees;
        this.rules = rules;
        this.runner = runner;
        this.demoPasswords = demoPasswords;
        this.gate = gate;
        this.threads = threads;
        this.quarantines = quarantines;
        String header = context.getBundle().getHeaders().get(VERSION_HEADER);
        this.version = header == null ? "unknown" : header;
    }

    @Override
    public boolean ready() {
        return database.isAvailable() && bootFinished != null && !committees.anyWaitingForDatabase();
    }

    @Override
    public HealthReport check() {
        List<HealthProblem> problems = new ArrayList<>();
        HealthStatus status = HealthStatus.UP;
        String databaseProblem = probe.problem();
        HealthStatus databaseStatus = databaseProblem == null ? HealthStatus.UP : HealthStatus.DOWN;
        if (databaseProblem != null) {
            problems.add(new HealthProblem("database", databaseProblem));
            status = HealthStatus.DOWN;
        }
        if (bootFinished == null) {
            problems.add(new HealthProblem("platform", "starting: Karaf is still installing its boot features"));
            status = HealthStatus.DOWN;
        }
        List<String> waiting = committees.waitingForDatabase();
        if (!waiting.isEmpty()) {
            problems.add(new HealthProblem("platform", "starting: committees " + waiting
                    + " wait for the database (to be recorded, or to look up who owns their ids)"));
            status = HealthStatus.DOWN;
        }
        List<HealthProblem> committeeProblems = new ArrayList<>(committees.problems());
        committeeProblems.addAll(rules.problems());
        // For a bundle the trust gate refused, its reason replaces what follows from it ("does not resolve",
        // "its component failed to activate").
        List<String> refused = gate.refusedSources();
        committeeProblems.removeIf(problem -> refused.contains(problem.source()));
        committeeProblems.addAll(gate.problems());
        committeeProblems.addAll(threads.problems());
        committeeProblems.addAll(runner.problems());
        committeeProblems.addAll(quarantines.problems());
        committeeProblems.addAll(demoPasswords.problems());
        if (!committeeProblems.isEmpty()) {
            problems.addAll(committeeProblems);
            status = status.worst(HealthStatus.DEGRADED);
        }
        return new HealthReport(status, databaseStatus, database.product(), version, problems);
    }
}
