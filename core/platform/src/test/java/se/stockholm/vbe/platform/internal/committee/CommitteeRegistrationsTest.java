package se.stockholm.vbe.platform.internal.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeKind;

class CommitteeRegistrationsTest {

    private final CommitteeRegistrations registrations = new CommitteeRegistrations(null);

    @Test
    void recordedCommitteesReplaceOnlyWhatThePredicateLetsAndTheRestIsTakenIn() {
        registrations.update(current -> current.withOnline(new CommitteeSnapshot(1, info("alvsjo", true, "2.0.0"),
                List.of(), List.of(), List.of())));

        Registrations taken = registrations.withRecorded(List.of(info("alvsjo", false, "1.0.0"),
                info("rinkeby-kista", false, "1.0.0")),
                (current, committee) -> !current.online().containsKey(committee.id()));

        assertEquals("2.0.0", taken.known().get("alvsjo").bundleVersion(), "the one online here stays as it is");
        assertTrue(taken.known().get("alvsjo").online());
        assertFalse(taken.known().get("rinkeby-kista").online(), "one recorded by another node is known here too");
        assertEquals(taken, registrations.current());
    }

    @Test
    void aPredicateOnWhatIsKnownTakesInOnlyTheCommitteesNotSeenYet() {
        registrations.withRecorded(List.of(info("alvsjo", false, "1.0.0")), (current, committee) -> true);

        Registrations taken = registrations.withRecorded(List.of(info("alvsjo", false, "3.0.0"),
                info("skarholmen", false, "1.0.0")),
                (current, committee) -> !current.known().containsKey(committee.id()));

        assertEquals("1.0.0", taken.known().get("alvsjo").bundleVersion());
        assertEquals(List.of("alvsjo", "skarholmen"), List.copyOf(taken.known().keySet()));
    }

    private static CommitteeInfo info(String id, boolean online, String version) {
        return new CommitteeInfo(id, id, CommitteeKind.DISTRICT, online, "se.stockholm.vbe.committee." + id, version,
                Instant.EPOCH, List.of());
    }
}
