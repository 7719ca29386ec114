package se.stockholm.vbe.platform.internal.grant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

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
 * Runs committees' rules so that none can harm a check: each call on a thread of its committee's own
 * {@link CommitteeBudget} with a time limit, at most a few calls of one rule at once, and a circuit breaker
 * per rule. A committee whose rules hang uses up its own budget only: its rules then give REVIEW at once,
 * and every other committee's checks, and the city-wide rules (never run here), carry on.
 */
@Component(service = RuleRunner.class, configurationPid = "se.stockholm.vbe.rules")
@Designate(ocd = RulesConfiguration.class)
public final class RuleRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RuleRunner.class);

    private final Map<String, RuleGuard> guards = new ConcurrentHashMap<>();
    private final Map<String, CommitteeBudget> budgets = new ConcurrentHashMap<>();
    private volatile RulesConfiguration configuration;

    @Activate
    public RuleRunner(RulesConfiguration configuration) {
        this.configuration = configuration;
    }

    @Modified
    void modified(RulesConfiguration changed) {
        configuration = changed;
        guards.clear();
        budgets.values().forEach(budget -> budget.resize(changed.committeeThreads()));
    }

    @Deactivate
    void deactivate() {
        budgets.values().forEach(CommitteeBudget::shutdown);
    }

    /** Runs every rule on the application, in parallel, and gives each rule's reason in the rules' order. */
    public List<Reason> run(List<GrantRule> rules, Application application) {
        RulesConfiguration limits = configuration;
        Map<GrantRule, CommitteeBudget.Call> calls = new LinkedHashMap<>();
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
                calls.put(rule, budget(rule.committeeId(), limits).start(rule.id(), () -> {
                    try {
                        return rule.evaluate(application);
                    } finally {
                        guard.release();
                    }
                }));
            } catch (RejectedExecutionException e) {
                guard.notStarted(Instant.now().plusSeconds(limits.openSeconds()));
                refused.put(rule, review(rule, "Nämndens regler har för många pågående anrop just nu. Handläggaren "
                        + "bedömer ansökan manuellt."));
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

    /**
     * The committee has no rule online any more: its budget, with any calls stuck in it, is let go, so that the
     * next version of its bundle starts with all its threads. A stuck thread still running is the trust gate's
     * to report (threads a stopped bundle left behind).
     */
    public void forget(String committeeId) {
        CommitteeBudget budget = budgets.remove(committeeId);
        if (budget != null) {
            budget.shutdown();
        }
    }

    /**
     * The rule is gone: its breaker goes with it, so health does not report a rule that is no longer there and a
     * rule of that id that comes back starts with a closed breaker.
     */
    public void forgetRule(String ruleId) {
        guards.remove(ruleId);
    }

    private CommitteeBudget budget(String committeeId, RulesConfiguration limits) {
        return budgets.computeIfAbsent(committeeId, id -> new CommitteeBudget(id, limits.committeeThreads()));
    }

    private Reason await(GrantRule rule, RuleGuard guard, CommitteeBudget.Call call, long deadline,
            RulesConfiguration limits) {
        String failure;
        try {
            RuleResult result = call.get(Math.max(0, deadline - System.nanoTime()));
            if (result == null) {
                throw new ExecutionException(new IllegalStateException("the rule returned no result"));
            }
            guard.succeeded();
            return new Reason(rule.id(), result.outcome(), result.message());
        } catch (TimeoutException e) {
            call.abandon();
            failure = "did not answer within " + limits.timeoutMillis() + " ms";
        } catch (ExecutionException e) {
            failure = "threw " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.abandon();
            failure = "was interrupted";
        }
        LOG.warn("Rule {} {}", rule.id(), failure);
        guard.failed(failure, limits.failureThreshold(), Instant.now().plusSeconds(limits.openSeconds()));
        return review(rule, "Regeln kunde inte köras (" + failure + "). Handläggaren bedömer ansökan manuellt.");
    }

    private static Reason review(GrantRule rule, String message) {
        return new Reason(rule.id(), se.stockholm.vbe.api.grant.Outcome.REVIEW, message);
    }

    /**
     * The rules that are not being called because they kept failing, and the committees with stuck calls, each
     * counted per rule and naming the committee, which the coordinator can quarantine to stop its bundle.
     */
    public List<HealthProblem> problems() {
        Instant now = Instant.now();
        List<HealthProblem> problems = new ArrayList<>();
        guards.forEach((id, guard) -> {
            String problem = guard.problem(now);
            if (problem != null) {
                problems.add(new HealthProblem("rule " + id, problem));
            }
        });
        int threads = configuration.committeeThreads();
        budgets.forEach((committeeId, budget) -> {
            int stuck = budget.stuck();
            if (stuck > 0) {
                String byRule = budget.stuckByRule().entrySet().stream().map(rule -> rule.getKey() + ": "
                        + rule.getValue()).collect(Collectors.joining(", "));
                problems.add(new HealthProblem("rules of committee " + committeeId, stuck + " of its " + threads
                        + " rule threads are stuck in calls that ran past their time limit and have not returned ("
                        + byRule + "); Java cannot stop them, but the coordinator can quarantine committee "
                        + committeeId + " (Nämndpaket, or vbe:quarantine " + committeeId + "), which stops its bundle",
                        committeeId));
            }
        });
        return problems;
    }
}
