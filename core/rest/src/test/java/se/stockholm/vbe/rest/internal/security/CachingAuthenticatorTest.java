package se.stockholm.vbe.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.Actor;

class CachingAuthenticatorTest {

    private final AtomicInteger logins = new AtomicInteger();
    private final Authenticator realm = (user, password) -> {
        logins.incrementAndGet();
        return "right".equals(password) ? Optional.of(Actor.user(user, Set.of("reader"))) : Optional.empty();
    };

    @Test
    void aSuccessfulLoginIsReusedUntilItExpires() {
        MutableClock clock = new MutableClock();
        CachingAuthenticator cache = new CachingAuthenticator(realm, Duration.ofSeconds(60), clock);

        cache.authenticate("lasare", "right");
        cache.authenticate("lasare", "right");
        assertEquals(1, logins.get());

        clock.now = clock.now.plusSeconds(61);
        cache.authenticate("lasare", "right");
        assertEquals(2, logins.get());
    }

    @Test
    void aWrongPasswordIsNeverRememberedNorAnsweredFromAnotherPasswordsLogin() {
        CachingAuthenticator cache = new CachingAuthenticator(realm, Duration.ofSeconds(60), new MutableClock());
        cache.authenticate("lasare", "right");

        assertTrue(cache.authenticate("lasare", "wrong").isEmpty());
        assertTrue(cache.authenticate("lasare", "wrong").isEmpty());
        assertEquals(3, logins.get());
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
