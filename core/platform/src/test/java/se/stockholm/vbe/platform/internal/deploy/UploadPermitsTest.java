package se.stockholm.vbe.platform.internal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.UnavailableException;

class UploadPermitsTest {

    @Test
    void aThirdUploadWhileTwoAreReadIsUnavailableAndOneCanStartOnceAPermitIsFree() throws Exception {
        UploadPermits permits = new UploadPermits(2, Duration.ofMillis(50));
        CountDownLatch reading = new CountDownLatch(2);
        CountDownLatch finish = new CountDownLatch(1);
        Runnable read = () -> permits.withAPermit(() -> {
            reading.countDown();
            try {
                return finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        CompletableFuture<Void> first = CompletableFuture.runAsync(read);
        CompletableFuture<Void> second = CompletableFuture.runAsync(read);
        assertTrue(reading.await(10, TimeUnit.SECONDS));

        UnavailableException refused = assertThrows(UnavailableException.class, () -> permits.withAPermit(() -> 1));
        assertTrue(refused.getMessage().startsWith("2 committee bundles are being uploaded"), refused.getMessage());

        finish.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertEquals(1, permits.withAPermit(() -> 1));
    }
}
