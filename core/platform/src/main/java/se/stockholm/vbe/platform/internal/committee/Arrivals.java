package se.stockholm.vbe.platform.internal.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Committee services that arrived and wait to be taken in, taken in on a thread of their own in batches: all that
 * arrived while the previous batch was being taken in form the next one. So a bundle's start does not wait for the
 * database, and a drop of 1,000 bundles costs a few transactions instead of 2,000 (bench/scale).
 *
 * @param <T> what is taken in
 */
final class Arrivals<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Arrivals.class);

    private final Function<List<T>, Runnable> takeIn;
    private final ExecutorService worker;
    /** Guards {@link #waiting} and {@link #scheduled}. */
    private final Object lock = new Object();
    private final Map<Long, T> waiting = new LinkedHashMap<>();
    private boolean scheduled;
    /** Held while a batch is taken in, so that a service leaving meanwhile waits until it is in. */
    private final ReentrantLock takingIn = new ReentrantLock();

    /**
     * @param takeIn takes a batch in and says what is left to do once the batch is in (the services may leave from
     *        then on): work that calls into the committee bundles, which must never hold up a bundle that stops
     */
    Arrivals(String threadName, Function<List<T>, Runnable> takeIn) {
        this.takeIn = takeIn;
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The service (by id) arrived: taken in with the next batch. */
    void offer(long serviceId, T arrival) {
        synchronized (lock) {
            waiting.put(serviceId, arrival);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        try {
            worker.execute(this::takeInWaiting);
        } catch (RejectedExecutionException stopped) {
            LOG.debug("Not taking in service {}: the tracker is stopping", serviceId);
        }
    }

    /**
     * The service left: forgotten if it was still waiting ({@code true}); if it is being taken in, returns when it is
     * in, so the caller finds it where it went ({@code false}, as for one taken in before).
     */
    boolean withdraw(long serviceId) {
        synchronized (lock) {
            if (waiting.remove(serviceId) != null) {
                return true;
            }
        }
        takingIn.lock();
        takingIn.unlock();
        return false;
    }

    /**
     * Runs {@code change} while no batch is being taken in. A committee leaving (or changing owner) goes offline this
     * way: a batch that saw it still online, and refused a successor for it, has then put that refusal where the
     * retry after {@code change} finds it; a batch that starts later sees it gone.
     */
    void whileNoBatch(Runnable change) {
        takingIn.lock();
        try {
            change.run();
        } finally {
            takingIn.unlock();
        }
    }

    /**
     * Takes in no more; what waits already is taken in first (not interrupted: an interrupt inside a Derby write
     * may close its files), ten seconds at most.
     */
    void stop() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void takeInWaiting() {
        Runnable afterwards = () -> { };
        takingIn.lock();
        try {
            List<T> batch;
            synchronized (lock) {
                batch = List.copyOf(waiting.values());
                waiting.clear();
                scheduled = false;
            }
            if (!batch.isEmpty()) {
                afterwards = takeIn.apply(batch);
            }
        } catch (RuntimeException e) {
            LOG.error("Taking in a batch of committee services failed: {}", e.getMessage(), e);
        } finally {
            takingIn.unlock();
        }
        try {
            afterwards.run();
        } catch (RuntimeException e) {
            LOG.error("Finishing a batch of committee services failed: {}", e.getMessage(), e);
        }
    }
}
