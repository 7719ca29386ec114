package se.stockholm.vbe.platform.internal.committee;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.TestDatabase;

/** Two nodes on one database (two Database instances on one embedded Derby), each with its presence. */
class NodePresenceTest {

    @TempDir
    Path directory;

    private final List<CommitteeInfo> onA = new ArrayList<>();
    private final List<CommitteeInfo> onB = new ArrayList<>();
    private NodePresence nodeA;
    private NodePresence nodeB;

    @BeforeEach
    void twoNodes() {
        Database database = TestDatabase.derby(directory);
        nodeA = new NodePresence(database, "node-a", Duration.ofSeconds(10), Duration.ZERO);
        nodeB = new NodePresence(TestDatabase.derby(directory), "node-b", Duration.ofSeconds(10), Duration.ZERO);
        nodeA.reportFrom(() -> List.copyOf(onA));
        nodeB.reportFrom(() -> List.copyOf(onB));
    }

    @Test
    void theDirectorySaysWhichNodeHasWhichVersion() {
        onA.add(committee("alvsjo", "1.1.0"));
        onB.add(committee("alvsjo", "1.0.0"));
        nodeA.report();
        nodeB.report();

        assertEquals(List.of("node-a 1.1.0 true", "node-b 1.0.0 true"), nodes(nodeB, "alvsjo"));
        onA.clear();
        nodeA.report();
        assertEquals(List.of("node-a 1.1.0 false", "node-b 1.0.0 true"), nodes(nodeB, "alvsjo"));
    }

    @Test
    void differentVersionsOrABundleOnOneNodeOnlyAreASkewInHealthAndTheSameVersionIsNone() {
        onA.add(committee("alvsjo", "1.1.0"));
        onA.add(committee("rinkeby-kista", "2.0.0"));
        onB.add(committee("alvsjo", "1.0.0"));
        nodeA.report();
        nodeB.report();

        List<String> problems = nodeB.problems().stream().map(HealthProblem::message).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("committee alvsjo: the nodes disagree on its bundle (1.1.0 on node-a, "
                + "1.0.0 on node-b)"), problems.get(0));
        assertTrue(problems.get(1).contains("(2.0.0 on node-a, not online on node-b)"), problems.get(1));

        onB.clear();
        onB.add(committee("alvsjo", "1.1.0"));
        onB.add(committee("rinkeby-kista", "2.0.0"));
        nodeB.report();
        assertEquals(List.of(), nodeA.problems());
    }

    @Test
    void aSkewWithinTheGracePeriodAndAStoppedNodeAreNoProblem() {
        NodePresence patient = new NodePresence(TestDatabase.derby(directory), "node-c", Duration.ofSeconds(10),
                Duration.ofMinutes(5));
        onA.add(committee("alvsjo", "1.1.0"));
        nodeA.report();
        nodeB.report();
        assertEquals(List.of(), patient.problems(), "disagreeing for less than five minutes");

        nodeA.deactivate();
        assertEquals(List.of(), nodeB.problems(), "node-a stopped: only node-b counts");
        assertEquals(List.of("node-a 1.1.0 false"), nodes(nodeB, "alvsjo"));
    }

    @Test
    void manyChangesInARowShareReportsAndTheLastPictureIsReported() {
        List<CommitteeInfo> arriving = new CopyOnWriteArrayList<>();
        nodeA.reportFrom(() -> List.copyOf(arriving));
        for (int i = 0; i < 300; i++) {
            arriving.add(committee("c" + i, "1.0.0"));
            nodeA.changed();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> nodeB.nodes().size() == 300);
        assertEquals(List.of("node-a 1.0.0 true"), nodes(nodeB, "c299"));
        arriving.remove(0);
        nodeA.changed();
        await().atMost(Duration.ofSeconds(30)).until(() -> nodes(nodeB, "c0").equals(List.of("node-a 1.0.0 false")));
    }

    private static CommitteeInfo committee(String id, String version) {
        return new CommitteeInfo(id, id, CommitteeKind.DISTRICT, true, "se.stockholm.vbe.committees." + id, version,
                Instant.now(), List.of());
    }

    private static List<String> nodes(NodePresence presence, String committeeId) {
        return presence.nodes().get(committeeId).stream()
                .map(n -> n.node() + " " + n.bundleVersion() + " " + n.online()).toList();
    }
}
