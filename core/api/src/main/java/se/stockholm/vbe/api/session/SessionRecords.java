package se.stockholm.vbe.api.session;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The stored sessions of the web application, shared by every node. Sessions are found by the digest of their
 * id only; the id itself is never stored. Implemented by the platform on its database; thread-safe; every method
 * may block on the database.
 */
@ProviderType
public interface SessionRecords {

    /**
     * One session as stored.
     *
     * @param digest the SHA-256 digest of the session id (Base64url)
     * @param user the signed-in user's name
     * @param roles the user's roles at sign-in
     * @param csrfToken the token a write made with the session must carry
     * @param created when the session began
     * @param lastAccess when it was last used, as last recorded (callers record it at most every so often)
     */
    record StoredSession(String digest, String user, Set<String> roles, String csrfToken, Instant created,
            Instant lastAccess) {

        public StoredSession {
            roles = Set.copyOf(roles);
        }
    }

    /**
     * Stores a new session after forgetting those last used at or before {@code idleBefore} or created at or before
     * {@code createdBefore}, then ends the least recently used beyond {@code maxSessions}.
     *
     * @throws se.stockholm.vbe.api.UnavailableException if the database cannot take it
     */
    void start(StoredSession session, Instant idleBefore, Instant createdBefore, int maxSessions);

    /** The session stored under {@code digest}, live or not. */
    Optional<StoredSession> find(String digest);

    /** Records that the session was used at {@code lastAccess}. */
    void touch(String digest, Instant lastAccess);

    /** Forgets the session, if it is stored. */
    void end(String digest);

    /** How many sessions are stored, live or not yet forgotten. */
    int count();
}
