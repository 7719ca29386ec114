package se.stockholm.vbe.platform.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.audit.AuditQuery;
import se.stockholm.vbe.api.audit.AuditRecord;
import se.stockholm.vbe.api.backup.Backup;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.platform.internal.audit.AuditServiceImpl;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.TestDatabase;

/**
 * Backups of a real embedded Derby, and what an operator finds in their directory.
 */
class BackupServiceTest {

    private static final Actor COORDINATOR = Actor.user("samordnare", Set.of(Actor.COORDINATOR));

    @TempDir
    Path directory;

    private Database database;
    private BackupServiceImpl backups;

    @BeforeEach
    void start() {
        database = TestDatabase.derby(directory.resolve("db"));
        TestDatabase.committee(database, "alvsjo", CommitteeKind.DISTRICT);
        backups = new BackupServiceImpl(database, directory.resolve("data/backup"), directory, "");
    }

    @Test
    void aBackupIsACompleteDerbyDatabaseInADirectoryOfItsOwnThatOnlyTheOwnerCanRead() throws Exception {
        Backup backup = backups.backUp(null, COORDINATOR);

        Path location = Path.of(backup.location());
        assertEquals(directory.resolve("data/backup"), location.getParent());
        assertEquals("derby", backup.method());
        assertTrue(backup.bytes() > 0);
        assertFalse(backup.startedAt().isAfter(backup.finishedAt()));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(location)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(location.getParent())));
        assertEquals(List.of("alvsjo"), committeesIn(location.resolve("derby")));
    }

    @Test
    void theListShowsEachBackupOfTheDefaultDirectoryNewestFirst() {
        Backup first = backups.backUp(null, COORDINATOR);
        Backup second = backups.backUp(null, COORDINATOR);
        backups.backUp(directory.resolve("elsewhere").toString(), COORDINATOR);

        assertEquals(List.of(second, first), backups.backups(COORDINATOR));
    }

    @Test
    void aRelativeDirectoryIsTakenFromTheInstallation() {
        Backup backup = backups.backUp("extra/backups", COORDINATOR);

        assertEquals(directory.resolve("extra/backups"), Path.of(backup.location()).getParent());
    }

    @Test
    void eachBackupIsAnAuditEntrySayingWhoWhereAndHowBig() {
        Backup backup = backups.backUp(null, COORDINATOR);

        AuditRecord entry = new AuditServiceImpl(database).entries(AuditQuery.newest(1), COORDINATOR).entries()
                .get(0);
        assertEquals("backup", entry.action());
        assertEquals("samordnare", entry.actor());
        assertEquals("backup", entry.entityType());
        assertEquals(Path.of(backup.location()).getFileName().toString(), entry.entityId());
        assertEquals("location: – → " + backup.location() + "; bytes: – → " + backup.bytes() + "; method: – → derby",
                entry.change());
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsRefusedWithItsNameAndLeavesNothingBehind() throws Exception {
        Path file = Files.writeString(directory.resolve("a-file"), "not a directory");

        UnavailableException refused = assertThrows(UnavailableException.class,
                () -> backups.backUp(file.resolve("backups").toString(), COORDINATOR));

        assertTrue(refused.getMessage().startsWith("cannot write a backup into " + file.resolve("backups")),
                refused.getMessage());
        assertEquals(List.of(), backups.backups(COORDINATOR));
    }

    @Test
    void onlyTheCoordinatorTakesOrListsBackups() {
        Actor reader = Actor.user("lasare", Set.of("reader"));

        assertThrows(AccessDeniedException.class, () -> backups.backUp(null, reader));
        assertThrows(AccessDeniedException.class, () -> backups.backups(reader));
        assertFalse(Files.exists(directory.resolve("data/backup")));
    }

    private static List<String> committeesIn(Path copy) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + copy);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM committee")) {
            List<String> ids = new java.util.ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + copy + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception (08006).
            }
        }
    }
}
