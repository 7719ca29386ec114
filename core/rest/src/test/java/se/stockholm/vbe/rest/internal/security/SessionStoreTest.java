package se.stockholm.vbe.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.Actor;

class SessionStoreTest {

    private static final Actor EDITOR = Actor.user("editor-alvsjo", Set.of("editor.alvsjo"));

    /** A clock the test moves by hand. */
    private static final class FakeClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final FakeClock clock = new FakeClock();
    private final SessionStore sessions = new SessionStore(
            new SessionStore.Limits(Duration.ofMinutes(30), Duration.ofHours(12), 3), clock);

    @Test
    void aNewSessionGivesTheCallerOfTheSignInAndTheSameTokenOnEveryUse() {
        SessionStore.Started started = sessions.start(EDITOR);
        SessionStore.Session used = sessions.use(started.id()).orElseThrow();
        assertEquals(EDITOR, used.caller());
        assertEquals(started.session().csrfToken(), used.csrfToken());
    }

    @Test
    void idsAndTokensAre32RandomBytesInBase64UrlAndNeverRepeat() {
        SessionStore.Started first = sessions.start(EDITOR);
        SessionStore.Started second = sessions.start(EDITOR);
        assertEquals(32, Base64.getUrlDecoder().decode(first.id()).length);
        assertEquals(32, Base64.getUrlDecoder().decode(first.session().csrfToken()).length);
        assertNotEquals(first.id(), second.id());
        assertNotEquals(first.session().csrfToken(), second.session().csrfToken());
        assertNotEquals(first.id(), first.session().csrfToken());
    }

    @Test
    void onlyTheDigestOfAnIdIsKept() {
        String id = sessions.start(EDITOR).id();
        assertFalse(sessions.holdsKey(id));
        assertTrue(sessions.holdsKey(SessionStore.digest(id)));
        assertTrue(sessions.use(SessionStore.digest(id)).isEmpty(), "the digest is no id");
    }

    @Test
    void aSessionEndsAfterTheIdleTimeoutWithoutARequest() {
        String id = sessions.start(EDITOR).id();
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.use(id).isPresent());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.use(id).isPresent(), "every use starts the idle time again");
        clock.advance(Duration.ofMinutes(30));
        assertTrue(sessions.use(id).isEmpty());
        assertEquals(0, sessions.size(), "an ended session is forgotten");
    }

    @Test
    void aSessionEndsAfterItsLifetimeHoweverMuchItIsUsed() {
        String id = sessions.start(EDITOR).id();
        for (int i = 0; i < 12 * 3 - 1; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertTrue(sessions.use(id).isPresent());
        }
        clock.advance(Duration.ofMinutes(20));
        assertTrue(sessions.use(id).isEmpty());
    }

    @Test
    void beyondTheCapTheLeastRecentlyUsedSessionEnds() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(sessions.start(EDITOR).id());
        }
        sessions.use(ids.get(0));
        String fourth = sessions.start(EDITOR).id();
        assertEquals(3, sessions.size());
        assertTrue(sessions.use(ids.get(1)).isEmpty(), "the least recently used one");
        assertTrue(sessions.use(ids.get(0)).isPresent());
        assertTrue(sessions.use(ids.get(2)).isPresent());
        assertTrue(sessions.use(fourth).isPresent());
    }

    @Test
    void idleSessionsAreForgottenWhenAnotherStarts() {
        sessions.start(EDITOR);
        sessions.start(EDITOR);
        clock.advance(Duration.ofMinutes(31));
        sessions.start(EDITOR);
        assertEquals(1, sessions.size());
    }

    @Test
    void anEndedSessionIsGoneAndEndingItAgainOrEndingNoneChangesNothing() {
        String id = sessions.start(EDITOR).id();
        String other = sessions.start(EDITOR).id();
        sessions.end(id);
        sessions.end(id);
        sessions.end(null);
        sessions.end("made-up");
        assertTrue(sessions.use(id).isEmpty());
        assertTrue(sessions.use(other).isPresent());
        assertTrue(sessions.use(null).isEmpty());
    }
}
