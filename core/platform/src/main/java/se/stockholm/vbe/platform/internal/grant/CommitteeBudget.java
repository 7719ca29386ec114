package se.stockholm.vbe.platform.internal.grant;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import se.stockholm.vbe.api.grant.RuleResult;

/**
 * The threads one committee's rules run on: a bounded number, its own, so that rules that hang use up
 * only their own committee's budget. A call that runs over its time is abandoned; Java cannot stop its
 * thread, so the call keeps its thread and is counted as stuck, for its rule, until it returns.
 */
final class CommitteeBudget {

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int ABANDONED = 2;

    private final AtomicInteger stuck = new AtomicInteger();
    private final Map<String, AtomicInteger> stuckByRule = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final ThreadPoolExecutor executor;

    CommitteeBudget(String committeeId, int maxThreads) {
        executor = new ThreadPoolExecutor(0, maxThreads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "vbe-rule-" + committeeId + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts a call on one of the committee's threads.
     *
     * @throws RejectedExecutionException if every one of them is busy
     */
    Call start(String ruleId, Callable<RuleResult> work) {
        Call call = new Call(ruleId);
        executor.execute(() -> call.run(work));
        return call;
    }

    /** Calls abandoned after their time that have not returned yet. */
    int stuck() {
        return stuck.get();
    }

    /** The stuck calls by rule id, for the rules that have any, in order of id. */
    Map<String, Integer> stuckByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        stuckByRule.forEach((ruleId, count) -> {
            if (count.get() > 0) {
                counts.put(ruleId, count.get());
            }
        });
        return counts;
    }

    void resize(int maxThreads) {
        executor.setMaximumPoolSize(maxThreads);
    }

    void shutdown() {
        executor.shutdownNow();
    }

    /** One call of a rule: its result when it has one, and the thread it runs on until then. */
    final class Call {

        private final CompletableFuture<RuleResult> result = new CompletableFuture<>();
        private final String ruleId;
        private int state = RUNNING;
        private Thread thread;

        private Call(String ruleId) {
            this.ruleId = ruleId;
        }

        private void run(Callable<RuleResult> work) {
            synchronized (this) {
                thread = Thread.currentThread();
            }
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                finished();
            }
        }

        /** Under the lock, so that an abandoning interrupt never reaches the thread's next task. */
        private synchronized void finished() {
            thread = null;
            Thread.interrupted();
            if (state == ABANDONED) {
                stuck.decrementAndGet();
                stuckByRule.get(ruleId).decrementAndGet();
            }
            state = DONE;
        }

        RuleResult get(long nanos) throws ExecutionException, TimeoutException, InterruptedException {
            return result.get(nanos, TimeUnit.NANOSECONDS);
        }

        /** Gives up on the call: interrupts its thread, and counts it as stuck until it returns. */
        synchronized void abandon() {
            if (state == RUNNING) {
                state = ABANDONED;
                stuck.incrementAndGet();
                stuckByRule.computeIfAbsent(ruleId, id -> new AtomicInteger()).incrementAndGet();
                if (thread != null) {
                    thread.interrupt();
                }
            }
        }
    }
}
