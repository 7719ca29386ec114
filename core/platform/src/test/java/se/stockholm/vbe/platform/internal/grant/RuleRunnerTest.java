package se.stockholm.vbe.platform.internal.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.grant.Outcome;
import se.stockholm.vbe.api.grant.Reason;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.spi.GrantRule;

class RuleRunnerTest {

    private RuleRunner runner;

    @AfterEach
    void stop() {
        runner.deactivate();
    }

    @Test
    void aRuleThatThrowsGivesReviewAndTheOthersStillCount() {
        runner = new RuleRunner(TestRules.limits(2_000, 4, 3));
        GrantRule broken = TestRules.rule("broken", "test", application -> {
            throw new IllegalStateException("bug in the rule");
        });
        GrantRule passing = TestRules.rule("passing", "test", application -> RuleResult.pass("ok"));

        List<Reason> reasons = runner.run(List.of(broken, passing), TestRules.grant(false, true));

        assertEquals(Outcome.REVIEW, reasons.get(0).outcome());
        assertTrue(reasons.get(0).message().contains("bug in the rule"), reasons.get(0).message());
        assertEquals(Outcome.PASS, reasons.get(1).outcome());
    }

    @Test
    void aRuleThatDoesNotAnswerInTimeGivesReview() {
        runner = new RuleRunner(TestRules.limits(200, 4, 3));
        CountDownLatch never = new CountDownLatch(1);
        GrantRule slow = TestRules.rule("slow", "test", application -> {
            await(never);
            return RuleResult.pass("too late");
        });

        Reason reason = runner.run(List.of(slow), TestRules.grant(false, true)).get(0);

        assertEquals(Outcome.REVIEW, reason.outcome());
        assertTrue(reason.message().contains("did not answer within 200 ms"), reason.message());
    }

    @Test
    void aRuleThatKeepsFailingIsNoLongerCalledAndShowsInHealth() {
        runner = new RuleRunner(TestRules.limits(2_000, 4, 3));
        AtomicInteger calls = new AtomicInteger();
        GrantRule failing = TestRules.rule("failing", "test", application -> {
            calls.incrementAndGet();
            throw new IllegalStateException("down");
        });
        for (int i = 0; i < 3; i++) {
            runner.run(List.of(failing), TestRules.grant(false, true));
        }

        Reason reason = runner.run(List.of(failing), TestRules.grant(false, true)).get(0);

        assertEquals(3, calls.get(), "the open breaker kept the fourth call away");
        assertEquals(Outcome.REVIEW, reason.outcome());
        assertTrue(reason.message().contains("upprepade fel"), reason.message());
        assertEquals("rule failing", runner.problems().get(0).source());
    }

    @Test
    void aRemovedRulesBreakerIsClearedSoHealthNoLongerNamesIt() {
        runner = new RuleRunner(TestRules.limits(2_000, 4, 1));
        GrantRule failing = TestRules.rule("test.failing", "test", application -> {
            throw new IllegalStateException("down");
        });
        runner.run(List.of(failing), TestRules.grant(false, true));
        assertEquals("rule test.failing", runner.problems().get(0).source());

        runner.forgetRule("test.failing");

        assertEquals(List.of(), runner.problems());
    }

    @Test
    void callsOverTheCapGetReviewAtOnce() throws Exception {
        runner = new RuleRunner(TestRules.limits(5_000, 1, 3));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GrantRule busy = TestRules.rule("busy", "test", application -> {
            started.countDown();
            await(release);
            return RuleResult.pass("done");
        });
        CompletableFuture<List<Reason>> first = CompletableFuture.supplyAsync(
                () -> runner.run(List.of(busy), TestRules.grant(false, true)));
        assertTrue(started.await(5, TimeUnit.SECONDS));

        Reason second = runner.run(List.of(busy), TestRules.grant(false, true)).get(0);
        release.countDown();

        assertEquals(Outcome.REVIEW, second.outcome());
        assertTrue(second.message().contains("fullt belastad"), second.message());
        assertEquals(Outcome.PASS, first.get(5, TimeUnit.SECONDS).get(0).outcome());
    }

    @Test
    void hangingRulesUseUpOnlyTheirOwnCommitteesThreadsAndAreReportedAsStuck() {
        runner = new RuleRunner(TestRules.limits(100, 4, 100, 4));
        CountDownLatch never = new CountDownLatch(1);
        List<GrantRule> hanging = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            hanging.add(TestRules.rule("hostile.hangs-" + i, "hostile", application -> {
                awaitUninterruptibly(never);
                return RuleResult.pass("too late");
            }));
        }
        runner.run(hanging, TestRules.grant(false, true));
        GrantRule another = TestRules.rule("hostile.another", "hostile", application -> RuleResult.pass("ok"));
        GrantRule neighbour = TestRules.rule("alvsjo.fine", "alvsjo", application -> RuleResult.pass("ok"));

        Reason overBudget = runner.run(List.of(another), TestRules.grant(false, true)).get(0);
        Reason unaffected = runner.run(List.of(neighbour), TestRules.grant(false, true)).get(0);
        List<HealthProblem> whileStuck = runner.problems();
        never.countDown();

        assertEquals(Outcome.REVIEW, overBudget.outcome());
        assertTrue(overBudget.message().contains("för många pågående anrop"), overBudget.message());
        assertEquals(Outcome.PASS, unaffected.outcome());
        HealthProblem stuck = whileStuck.stream().filter(problem -> problem.source().equals("rules of committee hostile"))
                .findFirst().orElseThrow(() -> new AssertionError(whileStuck.toString()));
        assertTrue(stuck.message().startsWith("4 of its 4 rule threads are stuck"), stuck.message());
        assertTrue(stuck.message().contains("(hostile.hangs-0: 1, hostile.hangs-1: 1, hostile.hangs-2: 1, "
                + "hostile.hangs-3: 1)"), stuck.message());
        assertTrue(stuck.message().contains("can quarantine committee hostile"), stuck.message());
        assertEquals("hostile", stuck.committee());
    }

    @Test
    void aCommitteeWhoseRulesAllLeftStartsAgainWithItsWholeBudget() {
        runner = new RuleRunner(TestRules.limits(100, 4, 100, 2));
        CountDownLatch never = new CountDownLatch(1);
        GrantRule hangs = TestRules.rule("hostile.hangs", "hostile", application -> {
            awaitUninterruptibly(never);
            return RuleResult.pass("too late");
        });
        runner.run(List.of(hangs, hangs), TestRules.grant(false, true));
        GrantRule fixed = TestRules.rule("hostile.fixed", "hostile", application -> RuleResult.pass("ok"));
        Reason whileStuck = runner.run(List.of(fixed), TestRules.grant(false, true)).get(0);

        runner.forget("hostile");
        Reason afterwards = runner.run(List.of(fixed), TestRules.grant(false, true)).get(0);
        never.countDown();

        assertEquals(Outcome.REVIEW, whileStuck.outcome());
        assertEquals(Outcome.PASS, afterwards.outcome());
    }

    /** A rule that ignores interrupts, as a badly written one would. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
