package se.stockholm.vbe.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import se.stockholm.vbe.api.Actor;

/**
 * Remembers successful logins for a short while, so that a client sending the same credentials with
 * every request does not cost a JAAS login (a file read and a digest) each time. Credentials are kept
 * only as a SHA-256 digest; failed logins are never remembered.
 */
public final class CachingAuthenticator implements Authenticator {

    private static final int MAX_ENTRIES = 1_000;

    /** A login that succeeded, and until when it may be reused. */
    private record Remembered(Actor actor, Instant until) {
    }

    private final Authenticator delegate;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Remembered> logins = new ConcurrentHashMap<>();

    public CachingAuthenticator(Authenticator delegate, Duration lifetime, Clock clock) {
        this.delegate = delegate;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public Optional<Actor> remembered(String user, String password) {
        Remembered remembered = logins.get(digest(user, password));
        return remembered != null && clock.instant().isBefore(remembered.until()) ? Optional.of(remembered.actor())
                : Optional.empty();
    }

    @Override
    public Optional<Actor> authenticate(String user, String password) {
        Optional<Actor> known = remembered(user, password);
        if (known.isPresent()) {
            return known;
        }
        String key = digest(user, password);
        Instant now = clock.instant();
        Optional<Actor> actor = delegate.authenticate(user, password);
        if (actor.isPresent()) {
            if (logins.size() >= MAX_ENTRIES) {
                logins.clear();
            }
            logins.put(key, new Remembered(actor.get(), now.plus(lifetime)));
        } else {
            logins.remove(key);
        }
        return actor;
    }

    static String digest(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
