package se.stockholm.vbe.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import se.stockholm.vbe.api.Actor;

/**
 * The web application's signed-in sessions, in memory. A session ends after {@code idle} without a request, after
 * {@code lifetime} whatever its use, or when it is ended; at most {@code maxSessions} live at once, the least recently
 * used ending first, so memory stays bounded. Only the SHA-256 digest of a session id is kept: the id itself exists
 * only in the client's cookie, so a heap dump gives nobody a session. The caller's roles are those of the sign-in and
 * stay so for the session's life (a changed role applies at the next sign-in). Thread-safe.
 */
public final class SessionStore {

    /** How long sessions live and how many are kept. */
    public record Limits(Duration idle, Duration lifetime, int maxSessions) {
    }

    /** A live session: who signed in, the token a write must carry, and until when the session lives. */
    public record Session(Actor caller, String csrfToken, Instant started, Instant lastUsed) {
    }

    /** A session just begun, with its id: the one moment the id is known here. */
    public record Started(String id, Session session) {
    }

    private static final int RANDOM_BYTES = 32;

    private final Limits limits;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** By the digest of the id, in order of last use (the least recently used first). */
    private final LinkedHashMap<String, Session> sessions;

    public SessionStore(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.sessions = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
                return size() > limits.maxSessions();
            }
        };
    }

    /** The idle timeout, as the web application is told. */
    public Duration idleTimeout() {
        return limits.idle();
    }

    /** Starts a session for {@code caller} with a new random id and CSRF token. */
    public synchronized Started start(Actor caller) {
        Instant now = clock.instant();
        forgetIdle(now);
        String id = randomToken();
        Session session = new Session(caller, randomToken(), now, now);
        sessions.put(digest(id), session);
        return new Started(id, session);
    }

    /** The live session {@code id} names, its idle time starting again; empty if it names none (or is null). */
    public synchronized Optional<Session> use(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String key = digest(id);
        Session session = sessions.get(key);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (!live(session, now)) {
            sessions.remove(key);
            return Optional.empty();
        }
        Session used = new Session(session.caller(), session.csrfToken(), session.started(), now);
        sessions.put(key, used);
        return Optional.of(used);
    }

    /** Ends the session {@code id} names, if any. */
    public synchronized void end(String id) {
        if (id != null) {
            sessions.remove(digest(id));
        }
    }

    /** How many sessions are kept now, live or not yet forgotten (for tests and reports). */
    public synchronized int size() {
        return sessions.size();
    }

    /** Whether {@code id} is kept under its digest (for tests: no id itself is ever a key). */
    synchronized boolean holdsKey(String key) {
        return sessions.containsKey(key);
    }

    private boolean live(Session session, Instant now) {
        return now.isBefore(session.lastUsed().plus(limits.idle()))
                && now.isBefore(session.started().plus(limits.lifetime()));
    }

    /** Forgets idle sessions from the least recently used on: they are first in the map, so this stops early. */
    private void forgetIdle(Instant now) {
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext();) {
            if (now.isBefore(it.next().lastUsed().plus(limits.idle()))) {
                return;
            }
            it.remove();
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String digest(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
