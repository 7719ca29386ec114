package se.stockholm.vbe.committee.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.GrantRule;

/**
 * The checks a committee bundle's unit test runs against each of its {@link GrantRule}s, so a rule the platform
 * would refuse, or one that throws, hangs or keeps state between calls, fails that bundle's build instead of
 * giving case officers REVIEW in production.
 */
public final class RuleContract {

    /** Time one call may take here: a tenth of the platform's default limit (2 s), which also covers a slow CI. */
    static final Duration FAST = Duration.ofMillis(200);
    /** How many calls run at once, and how many in all, in the concurrency check. */
    private static final int THREADS = 8;
    private static final int CONCURRENT_CALLS = 400;

    private RuleContract() {
    }

    /**
     * Asserts that the rule's id is {@code <committeeId>.<name>}, its committee is {@code committeeId}, its title is
     * a non-blank single line, it applies to at least one check type, and that for a representative set of
     * applications of each type it applies to {@code evaluate} answers a {@link RuleResult} with a reason, never
     * throws, answers within {@link #FAST}, and gives the same answers when called from several threads at once.
     */
    public static void verify(GrantRule rule, String committeeId) {
        assertNotNull(rule, "rule");
        String id = rule.id();
        try {
            Validation.requireRuleId(id, committeeId);
        } catch (IllegalArgumentException wrong) {
            fail(wrong.getMessage() + "; the platform refuses such a rule: rename it in id()");
        }
        assertEquals(committeeId, rule.committeeId(), "rule " + id + " must return its own committee's id "
                + committeeId + " from committeeId(); the platform accepts it only for the committee its bundle owns");
        assertTrue(rule.title() != null && !rule.title().isBlank() && rule.title().strip().length() <= 200
                && rule.title().lines().count() == 1, "rule " + id + " needs a title: one line of Swedish, at most "
                + "200 characters, that the coordinator sees when switching the rule (was " + rule.title() + ")");
        Set<CheckType> types = rule.appliesTo();
        assertTrue(types != null && !types.isEmpty(), "rule " + id + " must apply to at least one check type: "
                + "return e.g. EnumSet.of(CheckType.PREMISES_RENTAL) from appliesTo()");

        List<Application> applications = new ArrayList<>();
        types.forEach(type -> applications.addAll(representative(type)));
        List<RuleResult> answers = new ArrayList<>();
        for (Application application : applications) {
            answers.add(evaluate(rule, application));
        }
        assertSameAnswersConcurrently(rule, applications, answers);
    }

    /** Every combination of what an application says, for the given type: 432 grants, or 96 bookings. */
    static List<Application> representative(CheckType type) {
        List<Application> applications = new ArrayList<>();
        Boolean[] maybe = {true, false, null};
        for (boolean religious : new boolean[] {false, true}) {
            for (boolean political : new boolean[] {false, true}) {
                for (boolean residents : new boolean[] {true, false}) {
                    for (Boolean complements : maybe) {
                        for (boolean declared : new boolean[] {true, false}) {
                            Applications.Builder application = Applications.of(type).religious(religious)
                                    .political(political).targetsResidents(residents)
                                    .complementsCommitteeWork(complements)
                                    .declarations(declared, declared, declared, declared);
                            if (type == CheckType.ASSOCIATION_GRANT) {
                                for (Boolean accounted : maybe) {
                                    for (long amount : new long[] {0, 25_000, 5_000_000}) {
                                        applications.add(application.previousGrantAccounted(accounted)
                                                .amountSek(amount).build());
                                    }
                                }
                            } else {
                                for (BookedBy bookedBy : BookedBy.values()) {
                                    applications.add(application.bookedBy(bookedBy).build());
                                }
                            }
                        }
                    }
                }
            }
        }
        return applications;
    }

    private static RuleResult evaluate(GrantRule rule, Application application) {
        long started = System.nanoTime();
        RuleResult result;
        try {
            result = rule.evaluate(application);
        } catch (RuntimeException | Error e) {
            return fail("rule " + rule.id() + " threw " + e + " for " + application + "; a rule must answer every "
                    + "well-formed application (the platform turns a throw into REVIEW and stops calling a rule "
                    + "that keeps failing): return RuleResult.review(\"…\") when it cannot decide", e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertNotNull(result, "rule " + rule.id() + " returned null for " + application + "; return "
                + "RuleResult.pass, fail or review with a Swedish reason for the case officer");
        assertFalse(result.message().isBlank(), "rule " + rule.id() + " gave no reason");
        assertTrue(took.compareTo(FAST) <= 0, "rule " + rule.id() + " took " + took.toMillis() + " ms for "
                + application + "; a rule must answer within " + FAST.toMillis() + " ms here (the platform gives "
                + "REVIEW after its time limit): no network, file or database access in evaluate");
        return result;
    }

    /**
     * The platform calls a rule from many threads at once: the same applications, evaluated concurrently, must
     * get the answers they got one at a time, or the rule keeps state between calls.
     */
    private static void assertSameAnswersConcurrently(GrantRule rule, List<Application> applications,
            List<RuleResult> answers) {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RuleResult>> calls = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_CALLS; i++) {
                Application application = applications.get(i % applications.size());
                calls.add(threads.submit(() -> {
                    start.await();
                    return rule.evaluate(application);
                }));
            }
            start.countDown();
            for (int i = 0; i < calls.size(); i++) {
                int index = i % applications.size();
                RuleResult concurrent = answer(rule, calls.get(i), applications.get(index));
                assertEquals(answers.get(index), concurrent, "rule " + rule.id() + " answered " + applications
                        .get(index) + " differently when called from several threads at once; the platform calls "
                        + "a rule concurrently: keep no mutable state in its fields");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static RuleResult answer(GrantRule rule, Future<RuleResult> call, Application application) {
        try {
            return call.get(FAST.toMillis() * CONCURRENT_CALLS / THREADS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return fail("rule " + rule.id() + " threw " + e.getCause() + " for " + application + " when called from "
                    + "several threads at once; keep no mutable state in its fields", e.getCause());
        } catch (TimeoutException e) {
            return fail("rule " + rule.id() + " did not answer when called from several threads at once: does it "
                    + "lock or wait on something shared?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }
}
