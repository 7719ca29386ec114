package se.stockholm.vbe.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.audit.AuditChannel;
import se.stockholm.vbe.api.audit.AuditPage;
import se.stockholm.vbe.api.audit.AuditQuery;
import se.stockholm.vbe.api.audit.AuditRecord;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.TestDatabase;

/**
 * Reading the audit trail on a real Derby database: who reads what, the cursor, the filters.
 */
class AuditServiceTest {

    private static final Actor COORDINATOR = Actor.user("samordnare", Set.of(Actor.COORDINATOR));
    private static final Actor READER = Actor.user("lasare", Set.of(Actor.READER));
    private static final Actor ALVSJO_EDITOR = Actor.user("editor-alvsjo", Set.of("editor.alvsjo"));
    private static final Actor NO_ROLE = Actor.user("besokare", Set.of());

    @TempDir
    Path directory;

    private Database database;
    private AuditServiceImpl audit;

    @BeforeEach
    void start() {
        database = TestDatabase.derby(directory);
        audit = new AuditServiceImpl(database);
    }

    @Test
    void aThousandEntriesArePagedNewestFirstWithoutGapsOrRepeats() {
        record(1000, i -> AuditEntry.of("samordnare").action("switch").entity("feature", "f" + i)
                .committee(i % 2 == 0 ? "alvsjo" : "rinkeby-kista").change(Map.of(), Map.of("n", "" + i)));

        List<Long> seen = new ArrayList<>();
        AuditPage page = audit.entries(AuditQuery.newest(37), COORDINATOR);
        int pages = 1;
        while (true) {
            page.entries().forEach(entry -> seen.add(entry.id()));
            if (page.nextCursor() == null) {
                break;
            }
            // written between two pages: newer than the cursor, so it neither repeats nor pushes one out
            record(1, i -> AuditEntry.of("samordnare").action("switch").entity("feature", "meanwhile"));
            page = audit.entries(AuditQuery.newest(37).after(page.nextCursor()), COORDINATOR);
            pages++;
        }

        assertEquals(1000 / 37 + 1, pages);
        assertEquals(1000, seen.size());
        assertEquals(1000, new HashSet<>(seen).size(), "no entry twice");
        for (int i = 1; i < seen.size(); i++) {
            assertEquals(seen.get(i - 1) - 1, seen.get(i), "newest first, none left out");
        }
    }

    @Test
    void anEditorReadsTheirOwnCommitteesEntriesAndAskingForAnotherIsRefused() {
        record(3, i -> AuditEntry.of("x").action("a").entity("plan", "p" + i).committee(List.of("alvsjo",
                "rinkeby-kista", "alvsjo").get(i)));
        record(1, i -> AuditEntry.of("samordnare").action("add").entity("stop-list", "802400-1235"));

        List<AuditRecord> own = audit.entries(AuditQuery.newest(100), ALVSJO_EDITOR).entries();

        assertEquals(2, own.size());
        assertTrue(own.stream().allMatch(entry -> "alvsjo".equals(entry.committeeId())));
        assertThrows(AccessDeniedException.class, () -> audit.entries(
                new AuditQuery("rinkeby-kista", null, null, null, null, null, null), ALVSJO_EDITOR));
        assertEquals(4, audit.entries(AuditQuery.newest(100), READER).entries().size());
        assertEquals(4, audit.entries(AuditQuery.newest(100), COORDINATOR).entries().size());
    }

    @Test
    void anonymousCallersAndUsersWithoutARoleReadNothing() {
        assertThrows(AccessDeniedException.class, () -> audit.entries(AuditQuery.newest(10), Actor.anonymous()));
        assertThrows(AccessDeniedException.class, () -> audit.entries(AuditQuery.newest(10), NO_ROLE));
    }

    @Test
    void aConfidentialChangeIsShownOnlyToThoseWhoMayReadTheCommitteesConfidentialContent() {
        record(1, i -> AuditEntry.of("editor-alvsjo").action("replace").plan("alvsjo", 2030)
                .change("situationPicture.sections[0].text: – → Uppgift från Säpo").confidential(true));

        AuditRecord shown = audit.entries(AuditQuery.newest(10), ALVSJO_EDITOR).entries().get(0);

        assertTrue(shown.confidential());
        assertFalse(shown.withheld());
        assertEquals("situationPicture.sections[0].text: – → Uppgift från Säpo", shown.change());
        assertTrue(AuditServiceImpl.mayReadConfidential(READER, "alvsjo"));
        assertTrue(AuditServiceImpl.mayReadConfidential(COORDINATOR, "alvsjo"));
        assertFalse(AuditServiceImpl.mayReadConfidential(Actor.user("editor-rk", Set.of("editor.rinkeby-kista")),
                "alvsjo"));
        assertFalse(AuditServiceImpl.mayReadConfidential(ALVSJO_EDITOR, null));
    }

    @Test
    void entriesAreFilteredByEntityUserAndTime() throws Exception {
        record(1, i -> AuditEntry.of("editor-alvsjo").action("create").plan("alvsjo", 2030));
        record(1, i -> AuditEntry.of("shell:karaf").action("switch").entity("feature", "follow-up")
                .committee("alvsjo"));
        Instant between = Instant.now();
        record(1, i -> AuditEntry.of("editor-alvsjo").action("create").plan("alvsjo", 2031));

        assertEquals(List.of("alvsjo/2031", "alvsjo/2030"), ids(query("plan", null, null, null)));
        assertEquals(List.of("alvsjo/2030"), ids(query("plan:alvsjo/2030", null, null, null)));
        AuditRecord shell = audit.entries(query(null, "shell:karaf", null, null), COORDINATOR).entries().get(0);
        assertEquals(AuditChannel.SHELL, shell.channel());
        assertEquals(List.of("alvsjo/2031"), ids(query(null, null, between, null)));
        assertEquals(2, audit.entries(query(null, null, null, between), COORDINATOR).entries().size());
    }

    @Test
    void badFiltersAndCursorsAreRefusedNamingTheField() {
        record(5, i -> AuditEntry.of("x").action("a").entity("plan", "p" + i).committee("alvsjo"));
        String cursor = audit.entries(AuditQuery.newest(2), COORDINATOR).nextCursor();

        assertEquals("cursor", refused(new AuditQuery("alvsjo", null, null, null, null, 2, cursor)));
        assertEquals("cursor", refused(new AuditQuery(null, null, null, null, null, 2, cursor.substring(1))));
        assertEquals("limit", refused(AuditQuery.newest(0)));
        assertEquals("limit", refused(AuditQuery.newest(501)));
        assertEquals("entity", refused(query("Plan'; --", null, null, null)));
        assertEquals(3, audit.entries(AuditQuery.newest(5).after(cursor), COORDINATOR).entries().size());
        assertNull(audit.entries(AuditQuery.newest(5).after(cursor), COORDINATOR).nextCursor());
    }

    @Test
    void aDateIsADayInStockholmAndAnythingElseIsRefusedNamingTheField() {
        assertEquals(Instant.parse("2026-11-30T23:00:00Z"), AuditQuery.time("2026-12-01", "from", false));
        assertEquals(Instant.parse("2026-12-01T23:00:00Z"), AuditQuery.time("2026-12-01", "to", true));
        assertEquals(Instant.parse("2026-12-01T08:00:00Z"), AuditQuery.time("2026-12-01T08:00:00Z", "to", true));
        assertNull(AuditQuery.time(" ", "from", false));
        assertEquals("since", assertThrows(InvalidInputException.class,
                () -> AuditQuery.time("1 december", "since", false)).field());
    }

    private String refused(AuditQuery query) {
        return assertThrows(InvalidInputException.class, () -> audit.entries(query, COORDINATOR)).field();
    }

    private static AuditQuery query(String entity, String user, Instant from, Instant to) {
        return new AuditQuery(null, entity, user, from, to, null, null);
    }

    private List<String> ids(AuditQuery query) {
        return audit.entries(query, COORDINATOR).entries().stream().map(AuditRecord::entityId).toList();
    }

    private void record(int count, java.util.function.IntFunction<AuditEntry> entry) {
        database.transaction(connection -> {
            for (int i = 0; i < count; i++) {
                AuditTrail.record(connection, entry.apply(i));
            }
            return null;
        });
    }
}
