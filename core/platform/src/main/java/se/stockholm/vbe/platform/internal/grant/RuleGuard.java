package se.stockholm.vbe.platform.internal.grant;

import java.time.Instant;
import java.util.concurrent.Semaphore;

/**
 * One rule's protection: how many of its calls may run at once, and a circuit breaker that stops calling
 * it after repeated failures and lets one trial call through once the pause is over.
 */
final class RuleGuard {

    /** The breaker's states: closed (calls go through), open (no calls), half open (one trial call). */
    enum State { CLOSED, OPEN, HALF_OPEN }

    private final Semaphore running;
    private State state = State.CLOSED;
    private int failuresInARow;
    private Instant openUntil = Instant.MIN;
    private String lastFailure;

    RuleGuard(int maxConcurrentCalls) {
        this.running = new Semaphore(maxConcurrentCalls);
    }

    /** Whether a call may start now; if so, the caller must {@link #release()} when the call has ended. */
    synchronized boolean admit(Instant now) {
        if (state == State.HALF_OPEN || state == State.OPEN && now.isBefore(openUntil)) {
            return false;
        }
        if (!running.tryAcquire()) {
            return false;
        }
        if (state == State.OPEN) {
            state = State.HALF_OPEN;
        }
        return true;
    }

    /** A trial call admitted while half open could not be started after all: back to open. */
    synchronized void notStarted(Instant reopenUntil) {
        running.release();
        if (state == State.HALF_OPEN) {
            state = State.OPEN;
            openUntil = reopenUntil;
        }
    }

    /** Whether the breaker, not the concurrency cap, is what keeps calls out now. */
    synchronized boolean isOpen(Instant now) {
        return state == State.OPEN && now.isBefore(openUntil) || state == State.HALF_OPEN;
    }

    void release() {
        running.release();
    }

    synchronized void succeeded() {
        failuresInARow = 0;
        state = State.CLOSED;
    }

    synchronized void failed(String failure, int threshold, Instant reopenUntil) {
        failuresInARow++;
        lastFailure = failure;
        if (state == State.HALF_OPEN || failuresInARow >= threshold) {
            state = State.OPEN;
            openUntil = reopenUntil;
        }
    }

    synchronized String problem(Instant now) {
        if (state == State.CLOSED) {
            return null;
        }
        return "stopped calling it after " + failuresInARow + " failures in a row (last: " + lastFailure + ")"
                + (state == State.OPEN && now.isBefore(openUntil) ? "; next try after " + openUntil : "; trying again");
    }
}
