package se.stockholm.vbe.api.backup;

import java.time.Instant;

/**
 * One backup of the database, as kept on the platform's machine.
 *
 * @param location the backup's directory on the server, absolute
 * @param startedAt when the backup began: every write acknowledged before it is in the backup
 * @param finishedAt when the backup was complete
 * @param bytes the size of the backup's files together
 * @param method how it was taken: {@code derby} (SYSCS_UTIL.SYSCS_BACKUP_DATABASE) or {@code pg_dump}
 */
public record Backup(String location, Instant startedAt, Instant finishedAt, long bytes, String method) {
}
