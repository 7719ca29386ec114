package se.stockholm.vbe.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.session.SessionRecords;

/**
 * The web application's signed-in sessions, kept in {@link SessionRecords} (the platform's database, so that any
 * node serves any request; in memory for tests). A session ends after {@code idle} without a request, after
 * {@code lifetime} whatever its use, or when it is ended; at most {@code maxSessions} live at once, the least recently
 * used ending first. Only the SHA-256 digest of a session id is kept: the id itself exists only in the client's
 * cookie, so neither a heap dump nor a database dump gives anybody a session. A use is recorded at most every
 * {@code touchEvery} (not a write per request), so the idle time counts from a use at most that long ago. The
 * caller's roles are those of the sign-in and stay so for the session's life (a changed role applies at the next
 * sign-in). Thread-safe.
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
    private final SessionRecords records;
    private final Duration touchEvery;
    private final SecureRandom random = new SecureRandom();

    /** Sessions in memory, each use recorded. */
    public SessionStore(Limits limits, Clock clock) {
        this(limits, clock, new MemorySessionRecords(), Duration.ZERO);
    }

    public SessionStore(Limits limits, Clock clock, SessionRecords records, Duration touchEvery) {
        this.limits = limits;
        this.clock = clock;
        this.records = records;
        this.touchEvery = touchEvery;
    }

    /** The idle timeout, as the web application is told. */
    public Duration idleTimeout() {
        return limits.idle();
    }

    /** Starts a session for {@code caller} with a new random id and CSRF token. */
    public Started start(Actor caller) {
        Instant now = clock.instant();
        String id = randomToken();
        Session session = new Session(caller, randomToken(), now, now);
        records.start(new SessionRecords.StoredSession(digest(id), caller.name(), caller.roles(),
                session.csrfToken(), now, now), now.minus(limits.idle()), now.minus(limits.lifetime()),
                limits.maxSessions());
        return new Started(id, session);
    }

    /** The live session {@code id} names, its idle time starting again; empty if it names none (or is null). */
    public Optional<Session> use(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String key = digest(id);
        Optional<SessionRecords.StoredSession> stored = records.find(key);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        SessionRecords.StoredSession session = stored.get();
        Instant now = clock.instant();
        if (!live(session, now)) {
            records.end(key);
            return Optional.empty();
        }
        if (!now.isBefore(session.lastAccess().plus(touchEvery))) {
            records.touch(key, now);
        }
        return Optional.of(new Session(Actor.user(session.user(), session.roles()), session.csrfToken(),
                session.created(), now));
    }

    /** Ends the session {@code id} names, if any. */
    public void end(String id) {
        if (id != null) {
            records.end(digest(id));
        }
    }

    /** How many sessions are kept now, live or not yet forgotten (for tests and reports). */
    public int size() {
        return records.count();
    }

    /** Whether {@code id} is kept under its digest (for tests: no id itself is ever a key). */
    boolean holdsKey(String key) {
        return records.find(key).isPresent();
    }

    private boolean live(SessionRecords.StoredSession session, Instant now) {
        return now.isBefore(session.lastAccess().plus(limits.idle()))
                && now.isBefore(session.created().plus(limits.lifetime()));
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
