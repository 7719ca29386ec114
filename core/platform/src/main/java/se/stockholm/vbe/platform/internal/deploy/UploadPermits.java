package se.stockholm.vbe.platform.internal.deploy;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import se.stockholm.vbe.api.UnavailableException;

/**
 * How many uploads a node reads into memory at once (the body, a KAR's jar and the inflated entries, up to
 * {@code maxBytes} plus {@code maxUncompressedBytes} each): a call waits a little for a permit, then is answered
 * 503 with Retry-After rather than queued without bound.
 */
final class UploadPermits {

    private final Semaphore permits;
    private final int count;
    private final Duration wait;

    UploadPermits(int count, Duration wait) {
        this.permits = new Semaphore(count);
        this.count = count;
        this.wait = wait;
    }

    <T> T withAPermit(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new UnavailableException(count + " committee bundles are being uploaded to this node already; "
                        + "try again shortly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while waiting for other uploads");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
