package se.stockholm.vbe.platform.internal.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.backup.Backup;
import se.stockholm.vbe.api.backup.BackupService;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.db.Database;

/**
 * Online backups while the platform serves. Derby copies itself with {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE},
 * which blocks no reader or writer (only unlogged operations, which the platform does not use); PostgreSQL is
 * dumped by {@code pg_dump} from one snapshot. Either way every transaction committed before the backup started
 * is in it. Each backup is an audit entry: who, where, how big.
 */
@Component(service = BackupService.class)
public final class BackupServiceImpl implements BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupServiceImpl.class);

    private final Database database;
    private final Path defaultDirectory;
    private final Path installation;
    private final String searchPath;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    @Activate
    public BackupServiceImpl(@Reference Database database) {
        this(database, Path.of(System.getProperty("karaf.data", "data"), "backup"),
                Path.of(System.getProperty("karaf.base", ".")), System.getenv("PATH"));
    }

    /** With the directories and the PATH given, for tests. */
    BackupServiceImpl(Database database, Path defaultDirectory, Path installation, String searchPath) {
        this.database = database;
        this.defaultDirectory = defaultDirectory.toAbsolutePath().normalize();
        this.installation = installation.toAbsolutePath().normalize();
        this.searchPath = searchPath;
    }

    @Override
    public Backup backUp(String directory, Actor actor) {
        requireCoordinator(actor);
        Path parent = directory == null || directory.isBlank() ? defaultDirectory
                : installation.resolve(directory.strip()).normalize();
        if (!oneAtATime.tryLock()) {
            throw new ConflictException("a backup is being taken; try again when it has finished");
        }
        try {
            Backup backup = take(parent);
            database.transaction(connection -> {
                AuditTrail.record(connection, AuditEntry.of(actor).action("backup")
                        .entity("backup", Path.of(backup.location()).getFileName().toString())
                        .change(Map.of(), details(backup)));
                return null;
            });
            LOG.info("{} backed the database up into {} ({} bytes, {})", actor.displayName(), backup.location(),
                    backup.bytes(), backup.method());
            return backup;
        } finally {
            oneAtATime.unlock();
        }
    }

    @Override
    public List<Backup> backups(Actor actor) {
        requireCoordinator(actor);
        return BackupDirectory.list(defaultDirectory);
    }

    private Backup take(Path parent) {
        Target target = database.transaction(connection -> Target.of(connection.getMetaData()));
        Instant startedAt = Instant.now();
        BackupDirectory backup;
        try {
            backup = BackupDirectory.create(parent, startedAt);
        } catch (IOException e) {
            throw new UnavailableException("cannot write a backup into " + parent + ": " + describe(e)
                    + "; give a directory the platform's user can write");
        }
        try {
            String method = copy(target, backup.path());
            return backup.complete(startedAt, Instant.now(), method);
        } catch (IOException | RuntimeException e) {
            removeQuietly(backup, e);
            if (e instanceof IOException io) {
                throw new UnavailableException("the backup into " + backup.path() + " failed: " + describe(io));
            }
            throw (RuntimeException) e;
        }
    }

    private String copy(Target target, Path into) throws IOException {
        if (target.product().startsWith("Apache Derby")) {
            database.transaction(connection -> {
                try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    backup.setString(1, into.toString());
                    backup.execute();
                }
                return null;
            });
            return "derby";
        } else if (target.product().equals("PostgreSQL")) {
            Path pgDump = PgDump.find(searchPath).orElseThrow(() -> new UnavailableException("pg_dump is not on "
                    + "the PATH of the platform's process; install PostgreSQL's client tools (Debian: "
                    + "postgresql-client) or back the database up with pg_dump or pg_basebackup yourself"));
            PgDump.run(PgDump.command(pgDump, target.url(), target.user(), into), into);
            return "pg_dump";
        }
        throw new UnavailableException("the platform cannot back up a " + target.product()
                + " database; use the database's own backup tools");
    }

    private static Map<String, String> details(Backup backup) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("location", backup.location());
        details.put("bytes", Long.toString(backup.bytes()));
        details.put("method", backup.method());
        return details;
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.isCoordinator()) {
            throw new AccessDeniedException("only the coordinator may take and list backups");
        }
    }

    private static void removeQuietly(BackupDirectory backup, Exception failure) {
        try {
            backup.delete();
        } catch (IOException e) {
            failure.addSuppressed(e);
            LOG.warn("Could not remove the failed backup {}", backup.path(), e);
        }
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }

    /** The database as its driver names it, and where pg_dump would find it. */
    private record Target(String product, String url, String user) {

        static Target of(DatabaseMetaData metaData) throws SQLException {
            return new Target(metaData.getDatabaseProductName(), metaData.getURL(), metaData.getUserName());
        }
    }
}
