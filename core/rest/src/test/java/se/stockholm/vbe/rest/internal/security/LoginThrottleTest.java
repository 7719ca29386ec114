package se.stockholm.vbe.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String OFFICE = "198.51.100.20";

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottle.Limits(5, 20, Duration.ofSeconds(5), Duration.ofSeconds(900), 1_000), clock);

    @Test
    void aUserMayFailFourTimesAndTheFifthFailureBlocksThemFromThatAddress() {
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), fail(throttle, "samordnare", ATTACKER));
            assertEquals(Optional.empty(), throttle.blocked("samordnare", ATTACKER));
        }
        assertEquals(Optional.of(Duration.ofSeconds(5)), fail(throttle, "samordnare", ATTACKER));
        assertEquals(Optional.of(Duration.ofSeconds(5)), throttle.blocked("samordnare", ATTACKER));
    }

    @Test
    void aBlockIsOnlyForThatAddressSoNobodyCanLockAUserOutFromElsewhere() {
        failTimes("samordnare", ATTACKER, 5);
        assertEquals(Optional.empty(), throttle.blocked("samordnare", OFFICE));
        assertEquals(Optional.empty(), throttle.blocked("lasare", ATTACKER));
    }

    @Test
    void aBlockEndsAndEveryFurtherFailureDoublesItUpToTheCap() {
        failTimes("samordnare", ATTACKER, 5);
        clock.advance(Duration.ofSeconds(5));
        assertEquals(Optional.empty(), throttle.blocked("samordnare", ATTACKER));

        assertEquals(Optional.of(Duration.ofSeconds(10)), fail(throttle, "samordnare", ATTACKER));
        clock.advance(Duration.ofSeconds(10));
        assertEquals(Optional.of(Duration.ofSeconds(20)), fail(throttle, "samordnare", ATTACKER));
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(900));
            fail(throttle, "samordnare", ATTACKER);
        }
        assertEquals(Optional.of(Duration.ofSeconds(900)), throttle.blocked("samordnare", ATTACKER));
    }

    @Test
    void aSuccessClearsTheUsersCountButNotTheAddresss() {
        failTimes("samordnare", OFFICE, 4);
        throttle.attempt("samordnare", OFFICE).succeeded();
        assertEquals(Optional.empty(), fail(throttle, "samordnare", OFFICE), "counting starts again");

        LoginThrottle strict = new LoginThrottle(
                new LoginThrottle.Limits(5, 3, Duration.ofSeconds(5), Duration.ofSeconds(900), 1_000), clock);
        fail(strict, "a", ATTACKER);
        fail(strict, "b", ATTACKER);
        strict.attempt("mine", ATTACKER).succeeded();
        assertTrue(fail(strict, "c", ATTACKER).isPresent(), "the guesser's own account does not reset the address");
    }

    @Test
    void manyUserNamesFromOneAddressBlockTheAddress() {
        for (int i = 0; i < 19; i++) {
            assertEquals(Optional.empty(), fail(throttle, "user" + i, ATTACKER));
        }
        assertTrue(fail(throttle, "user19", ATTACKER).isPresent());
        assertTrue(throttle.blocked("samordnare", ATTACKER).isPresent());
        assertEquals(Optional.empty(), throttle.blocked("samordnare", OFFICE));
    }

    @Test
    void failuresAreForgottenAfterAQuietWhile() {
        failTimes("samordnare", ATTACKER, 4);
        clock.advance(Duration.ofSeconds(901));
        assertEquals(Optional.empty(), fail(throttle, "samordnare", ATTACKER), "the old four no longer count");
        assertEquals(2, throttle.size());
    }

    @Test
    void randomUserNamesFromRandomAddressesNeverGrowItPastItsBound() {
        for (int i = 0; i < 50_000; i++) {
            fail(throttle, "user-" + i, "10." + (i >> 16 & 255) + '.' + (i >> 8 & 255) + '.' + (i & 255));
        }
        assertTrue(throttle.size() <= 1_000, "size " + throttle.size());
    }

    @Test
    void aLimitOfZeroTurnsThatCountOff() {
        LoginThrottle off = new LoginThrottle(
                new LoginThrottle.Limits(0, 0, Duration.ofSeconds(5), Duration.ofSeconds(900), 1_000), clock);
        for (int i = 0; i < 100; i++) {
            assertEquals(Optional.empty(), fail(off, "samordnare", ATTACKER));
        }
        assertEquals(0, off.size());
    }

    @Test
    void parallelWrongGuessesForOneUserNeverGetMoreThanTheLimitThrough() throws Exception {
        assertEquals(5, admittedInParallel(32, i -> "samordnare", i -> ATTACKER));
        assertTrue(throttle.blocked("samordnare", ATTACKER).isPresent());
    }

    @Test
    void parallelWrongGuessesForManyUsersNeverGetMoreThanTheAddressLimitThrough() throws Exception {
        assertEquals(20, admittedInParallel(64, i -> "user" + i, i -> ATTACKER));
    }

    @Test
    void anAttemptCountsAsAFailureUntilItsPasswordProvesRight() {
        failTimes("samordnare", OFFICE, 4);
        LoginThrottle.Attempt rightPassword = throttle.attempt("samordnare", OFFICE);
        assertEquals(Optional.empty(), rightPassword.refused());
        assertTrue(throttle.attempt("samordnare", OFFICE).refused().isPresent(), "a guess sent meanwhile");

        rightPassword.succeeded();
        assertEquals(Optional.empty(), throttle.blocked("samordnare", OFFICE));
        assertEquals(Optional.empty(), throttle.blocked("lasare", OFFICE));
    }

    @Test
    void aSuccessTakesBackItsAddressFailureAndTheBlockItStarted() {
        LoginThrottle strict = new LoginThrottle(
                new LoginThrottle.Limits(5, 3, Duration.ofSeconds(5), Duration.ofSeconds(900), 1_000), clock);
        fail(strict, "a", OFFICE);
        fail(strict, "b", OFFICE);
        LoginThrottle.Attempt mine = strict.attempt("mine", OFFICE);
        assertTrue(strict.blocked("c", OFFICE).isPresent(), "the third attempt is counted in advance");

        mine.succeeded();
        assertEquals(Optional.empty(), strict.blocked("c", OFFICE));
        assertTrue(fail(strict, "c", OFFICE).isPresent(), "the two real failures still count");
    }

    @Test
    void anIpv6HostRotatingThroughItsSlash64IsOneAddress() {
        for (int i = 1; i <= 20; i++) {
            fail(throttle, "user" + i, "2001:db8:1:2:" + Integer.toHexString(i * 3001) + "::" + i);
        }
        assertTrue(throttle.blocked("samordnare", "[2001:db8:1:2:ffff:ffff:ffff:fffe]").isPresent());
        assertTrue(throttle.blocked("samordnare", "2001:0db8:0001:0002::7").isPresent(), "any spelling");
        assertEquals(Optional.empty(), throttle.blocked("samordnare", "2001:db8:1:3::1"), "the next /64");
    }

    @Test
    void anIpv4MappedIpv6AddressIsTheIpv4Address() {
        failTimes("samordnare", ATTACKER, 5);
        assertTrue(throttle.blocked("samordnare", "::ffff:" + ATTACKER).isPresent());
        assertEquals(ATTACKER, LoginThrottle.client(ATTACKER));
        assertEquals("2001:db8:0:0:0:0:0:0/64", LoginThrottle.client("2001:db8::1"));
    }

    /**
     * Sends {@code guesses} wrong passwords at once, each password check waiting until every guess has
     * asked the throttle, and returns how many got to their password check.
     */
    private int admittedInParallel(int guesses, IntFunction<String> user, IntFunction<String> address)
            throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch allAsked = new CountDownLatch(guesses);
        AtomicInteger admitted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            for (int i = 0; i < guesses; i++) {
                int guess = i;
                pool.execute(() -> {
                    try {
                        start.await();
                        LoginThrottle.Attempt attempt = throttle.attempt(user.apply(guess), address.apply(guess));
                        allAsked.countDown();
                        if (attempt.refused().isEmpty()) {
                            admitted.incrementAndGet();
                            allAsked.await();
                            attempt.failed();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            start.countDown();
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        return admitted.get();
    }

    private void failTimes(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            fail(throttle, user, address);
        }
    }

    /** One sign-in with a wrong password: asserts it was let through to the password check. */
    private static Optional<Duration> fail(LoginThrottle throttle, String user, String address) {
        LoginThrottle.Attempt attempt = throttle.attempt(user, address);
        assertEquals(Optional.empty(), attempt.refused(), user + " from " + address + " was refused");
        return attempt.failed();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
