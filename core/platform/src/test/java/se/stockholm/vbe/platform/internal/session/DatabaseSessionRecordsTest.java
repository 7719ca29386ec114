package se.stockholm.vbe.platform.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.session.SessionRecords.StoredSession;
import se.stockholm.vbe.platform.internal.db.TestDatabase;

/** The sessions table as two nodes on one database see it. */
class DatabaseSessionRecordsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant LONG_AGO = T0.minus(Duration.ofDays(1));

    @TempDir
    Path directory;

    private DatabaseSessionRecords nodeA;
    private DatabaseSessionRecords nodeB;

    @BeforeEach
    void twoNodes() {
        nodeA = new DatabaseSessionRecords(TestDatabase.derby(directory));
        nodeB = new DatabaseSessionRecords(TestDatabase.derby(directory));
    }

    @Test
    void aSessionStartedOnOneNodeIsFoundOnTheOtherWithItsRolesAndToken() {
        StoredSession started = session("digest-1", T0);
        nodeA.start(started, LONG_AGO, LONG_AGO, 10);

        assertEquals(started, nodeB.find("digest-1").orElseThrow());
        nodeB.touch("digest-1", T0.plusSeconds(90));
        assertEquals(T0.plusSeconds(90), nodeA.find("digest-1").orElseThrow().lastAccess());
        nodeB.end("digest-1");
        assertTrue(nodeA.find("digest-1").isEmpty());
    }

    @Test
    void startingASessionForgetsIdleAndExpiredOnesAndEndsTheLeastRecentlyUsedBeyondTheCap() {
        nodeA.start(session("idle", T0), LONG_AGO, LONG_AGO, 10);
        nodeA.start(session("old", T0.plusSeconds(10)), LONG_AGO, LONG_AGO, 10);
        nodeA.start(session("recent", T0.plusSeconds(20)), LONG_AGO, LONG_AGO, 10);
        nodeB.touch("old", T0.plusSeconds(30));

        nodeB.start(session("new", T0.plusSeconds(40)), T0, LONG_AGO, 2);

        assertEquals(2, nodeA.count());
        assertTrue(nodeA.find("idle").isEmpty(), "idle since T0");
        assertTrue(nodeA.find("recent").isEmpty(), "the least recently used beyond the cap");
        assertTrue(nodeA.find("old").isPresent());
        assertTrue(nodeA.find("new").isPresent());
    }

    private static StoredSession session(String digest, Instant at) {
        return new StoredSession(digest, "editor-alvsjo", Set.of("editor.alvsjo", "reader"), "token-" + digest, at, at);
    }
}
