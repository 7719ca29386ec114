package se.stockholm.vbe.platform.internal.committee;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Arrivals taken in in batches on their own thread, and services leaving before, while or after. */
class ArrivalsTest {

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final List<String> finished = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstBatchMayEnd = new CountDownLatch(1);
    private final CountDownLatch firstBatchBegan = new CountDownLatch(1);
    private final Arrivals<String> arrivals = new Arrivals<>("test-arrivals", batch -> {
        batches.add(batch);
        if (batches.size() == 1) {
            firstBatchBegan.countDown();
            try {
                firstBatchMayEnd.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return () -> finished.addAll(batch);
    });

    @AfterEach
    void stop() {
        firstBatchMayEnd.countDown();
        arrivals.stop();
    }

    @Test
    void whatArrivesWhileABatchIsTakenInIsTheNextBatchAndALeaverStillWaitingIsNeverTakenIn() throws Exception {
        arrivals.offer(1, "a");
        assertTrue(firstBatchBegan.await(10, TimeUnit.SECONDS));
        arrivals.offer(2, "b");
        arrivals.offer(3, "c");
        arrivals.offer(4, "d");
        assertTrue(arrivals.withdraw(3), "c was still waiting");
        firstBatchMayEnd.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> finished.size() == 3);
        assertEquals(List.of(List.of("a"), List.of("b", "d")), batches);
        assertEquals(List.of("a", "b", "d"), finished);
    }

    @Test
    void aServiceLeavingWhileItIsTakenInWaitsUntilItIsIn() throws Exception {
        arrivals.offer(1, "a");
        assertTrue(firstBatchBegan.await(10, TimeUnit.SECONDS));
        CompletableFuture<Boolean> leaving = CompletableFuture.supplyAsync(() -> arrivals.withdraw(1));
        Thread.sleep(200);
        assertFalse(leaving.isDone(), "the batch with it is still being taken in");
        firstBatchMayEnd.countDown();

        assertFalse(leaving.get(10, TimeUnit.SECONDS), "it was taken in, not withdrawn");
        assertEquals(List.of(List.of("a")), batches);
    }

    @Test
    void aCommitteeGoesOfflineOnlyOnceTheBatchThatSawItOnlineIsIn() throws Exception {
        arrivals.offer(1, "successor");
        assertTrue(firstBatchBegan.await(10, TimeUnit.SECONDS));
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Void> leaving = CompletableFuture.runAsync(() -> arrivals.whileNoBatch(
                () -> order.add("holder offline")));
        Thread.sleep(200);
        assertFalse(leaving.isDone(), "the batch that may refuse the successor is still being taken in");
        order.add("batch in");
        firstBatchMayEnd.countDown();

        leaving.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("batch in", "holder offline"), order);
    }
}
