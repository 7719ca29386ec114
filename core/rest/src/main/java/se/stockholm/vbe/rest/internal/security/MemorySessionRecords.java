package se.stockholm.vbe.rest.internal.security;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

import se.stockholm.vbe.api.session.SessionRecords;

/**
 * Sessions in this JVM's memory, in order of use (the least recently used first): for a single node without a
 * database of sessions, and for tests. Thread-safe.
 */
final class MemorySessionRecords implements SessionRecords {

    private final LinkedHashMap<String, StoredSession> sessions = new LinkedHashMap<>(64, 0.75f, true);

    @Override
    public synchronized void start(StoredSession session, Instant idleBefore, Instant createdBefore,
            int maxSessions) {
        sessions.values().removeIf(s -> !s.lastAccess().isAfter(idleBefore) || !s.created().isAfter(createdBefore));
        sessions.put(session.digest(), session);
        for (Iterator<String> eldest = sessions.keySet().iterator(); sessions.size() > maxSessions;) {
            eldest.next();
            eldest.remove();
        }
    }

    @Override
    public synchronized Optional<StoredSession> find(String digest) {
        return Optional.ofNullable(sessions.get(digest));
    }

    @Override
    public synchronized void touch(String digest, Instant lastAccess) {
        sessions.computeIfPresent(digest, (key, s) -> new StoredSession(key, s.user(), s.roles(), s.csrfToken(),
                s.created(), lastAccess));
    }

    @Override
    public synchronized void end(String digest) {
        sessions.remove(digest);
    }

    @Override
    public synchronized int count() {
        return sessions.size();
    }
}
