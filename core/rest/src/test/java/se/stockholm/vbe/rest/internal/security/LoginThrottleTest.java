package se.stockholm.vbe.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

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
            assertEquals(Optional.empty(), throttle.failed("samordnare", ATTACKER));
            assertEquals(Optional.empty(), throttle.blocked("samordnare", ATTACKER));
        }
        assertEquals(Optional.of(Duration.ofSeconds(5)), throttle.failed("samordnare", ATTACKER));
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

        assertEquals(Optional.of(Duration.ofSeconds(10)), throttle.failed("samordnare", ATTACKER));
        clock.advance(Duration.ofSeconds(10));
        assertEquals(Optional.of(Duration.ofSeconds(20)), throttle.failed("samordnare", ATTACKER));
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(900));
            throttle.failed("samordnare", ATTACKER);
        }
        assertEquals(Optional.of(Duration.ofSeconds(900)), throttle.blocked("samordnare", ATTACKER));
    }

    @Test
    void aSuccessClearsTheUsersCountButNotTheAddresss() {
        failTimes("samordnare", OFFICE, 4);
        throttle.succeeded("samordnare", OFFICE);
        assertEquals(Optional.empty(), throttle.failed("samordnare", OFFICE), "counting starts again");

        LoginThrottle strict = new LoginThrottle(
                new LoginThrottle.Limits(5, 3, Duration.ofSeconds(5), Duration.ofSeconds(900), 1_000), clock);
        strict.failed("a", ATTACKER);
        strict.failed("b", ATTACKER);
        strict.succeeded("mine", ATTACKER);
        assertTrue(strict.failed("c", ATTACKER).isPresent(), "the guesser's own account does not reset the address");
    }

    @Test
    void manyUserNamesFromOneAddressBlockTheAddress() {
        for (int i = 0; i < 19; i++) {
            assertEquals(Optional.empty(), throttle.failed("user" + i, ATTACKER));
        }
        assertTrue(throttle.failed("user19", ATTACKER).isPresent());
        assertTrue(throttle.blocked("samordnare", ATTACKER).isPresent());
        assertEquals(Optional.empty(), throttle.blocked("samordnare", OFFICE));
    }

    @Test
    void failuresAreForgottenAfterAQuietWhile() {
        failTimes("samordnare", ATTACKER, 4);
        clock.advance(Duration.ofSeconds(901));
        assertEquals(Optional.empty(), throttle.failed("samordnare", ATTACKER), "the old four no longer count");
        assertEquals(2, throttle.size());
    }

    @Test
    void randomUserNamesFromRandomAddressesNeverGrowItPastItsBound() {
        for (int i = 0; i < 50_000; i++) {
            throttle.failed("user-" + i, "10." + (i >> 16 & 255) + '.' + (i >> 8 & 255) + '.' + (i & 255));
        }
        assertTrue(throttle.size() <= 1_000, "size " + throttle.size());
    }

    @Test
    void aLimitOfZeroTurnsThatCountOff() {
        LoginThrottle off = new LoginThrottle(
                new LoginThrottle.Limits(0, 0, Duration.ofSeconds(5), Duration.ofSeconds(900), 1_000), clock);
        for (int i = 0; i < 100; i++) {
            assertEquals(Optional.empty(), off.failed("samordnare", ATTACKER));
        }
        assertEquals(0, off.size());
    }

    private void failTimes(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address);
        }
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
