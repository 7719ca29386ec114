package se.stockholm.vbe.platform.internal.grant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.Reason;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.spi.GrantRule;

/**
 * Runs rules so that none can harm a check: each call on a thread of its own with a time limit, at most
 * a few calls of one rule at once, and a circuit breaker per rule. Java cannot kill a runaway thread, so a
 * rule that hangs keeps its call slot until it returns: a rule can tie up only its own slots.
 */
@Component(service = RuleRunner.class, configurationPid = "se.stockholm.vbe.rules")
@Designate(ocd = RulesConfiguration.class)
public final class RuleRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RuleRunner.class);
    private static final int MAX_THREADS = 64;

    private final Map<String, RuleGuard> guards = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(0, MAX_THREADS, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "vbe-rule-" + threads.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
    private volatile RulesConfiguration configuration;

    @Activate
    public RuleRunner(RulesConfiguration configuration) {
        this.configuration = configuration;
    }

    @Modified
    void modified(RulesConfiguration changed) {
        configuration = changed;
        guards.clear();
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    /** Runs every rule on the application, in parallel, and gives each rule's reason in the rules' order. */
    public List<Reason> run(List<GrantRule> rules, Application application) {
        RulesConfiguration limits = configuration;
        Map<GrantRule, Future<RuleResult>> calls = new LinkedHashMap<>();
        Map<GrantRule, RuleGuard> callGuards = new LinkedHashMap<>();
        Map<GrantRule, Reason> refused = new LinkedHashMap<>();
        for (GrantRule rule : rules) {
            RuleGuard guard = guards.computeIfAbsent(rule.id(), id -> new RuleGuard(limits.maxConcurrentCalls()));
            callGuards.put(rule, guard);
            Instant now = Instant.now();
            if (!guard.admit(now)) {
                refused.put(rule, review(rule, guard.isOpen(now)
                        ? "Regeln anropas inte just nu efter upprepade fel. Handläggaren bedömer ansökan manuellt."
                        : "Regeln är fullt belastad just nu. Handläggaren bedömer ansökan manuellt."));
                continue;
            }
            try {
                calls.put(rule, executor.submit(() -> {
                    try {
                        return rule.evaluate(application);
                    } finally {
                        guard.release();
                    }
                }));
            } catch (RejectedExecutionException e) {
                guard.notStarted(Instant.now().plusSeconds(limits.openSeconds()));
                refused.put(rule, review(rule, "Regelmotorn är fullt belastad. Handläggaren bedömer ansökan manuellt."));
            }
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limits.timeoutMillis());
        List<Reason> reasons = new ArrayList<>();
        for (GrantRule rule : rules) {
            Reason reason = refused.containsKey(rule) ? refused.get(rule)
                    : await(rule, callGuards.get(rule), calls.get(rule), deadline, limits);
            reasons.add(reason);
        }
        return reasons;
    }

    private Reason await(GrantRule rule, RuleGuard guard, Future<RuleResult> call, long deadline,
            RulesConfiguration limits) {
        String failure;
        try {
            RuleResult result = call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (result == null) {
                throw new ExecutionException(new IllegalStateException("the rule returned no result"));
            }
            guard.succeeded();
            return new Reason(rule.id(), result.outcome(), result.message());
        } catch (TimeoutException e) {
            call.cancel(true);
            failure = "did not answer within " + limits.timeoutMillis() + " ms";
        } catch (ExecutionException e) {
            failure = "threw " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "was interrupted";
        }
        LOG.warn("Rule {} {}", rule.id(), failure);
        guard.failed(failure, limits.failureThreshold(), Instant.now().plusSeconds(limits.openSeconds()));
        return review(rule, "Regeln kunde inte köras (" + failure + "). Handläggaren bedömer ansökan manuellt.");
    }

    private static Reason review(GrantRule rule, String message) {
        return new Reason(rule.id(), se.stockholm.vbe.api.grant.Outcome.REVIEW, message);
    }

    /** The rules that are not being called because they kept failing. */
    public List<HealthProblem> problems() {
        Instant now = Instant.now();
        List<HealthProblem> problems = new ArrayList<>();
        guards.forEach((id, guard) -> {
            String problem = guard.problem(now);
            if (problem != null) {
                problems.add(new HealthProblem("rule " + id, problem));
            }
        });
        return problems;
    }
}
