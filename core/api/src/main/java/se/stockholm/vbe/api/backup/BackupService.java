package se.stockholm.vbe.api.backup;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.stockholm.vbe.api.Actor;

/**
 * Takes consistent backups of the platform's database while it serves, each into a directory of its own named
 * by its start time, and lists those in the default directory. Implemented by the platform; thread-safe; one
 * backup at a time.
 */
@ProviderType
public interface BackupService {

    /**
     * Backs the database up into a new directory {@code <directory>/<start time>/}, and records who took it,
     * where and how big in the audit trail. Readers and writers go on meanwhile.
     *
     * @param directory where to keep it; {@code null} for the default directory ({@code ${karaf.data}/backup}),
     *        a relative path is taken from the installation's directory
     * @throws se.stockholm.vbe.api.AccessDeniedException unless the actor is the coordinator
     * @throws se.stockholm.vbe.api.ConflictException while another backup is being taken
     * @throws se.stockholm.vbe.api.UnavailableException if the directory cannot be written, the database is
     *         away, or the database has no online backup the platform can take (the message says which)
     */
    Backup backUp(String directory, Actor actor);

    /**
     * The backups in the default directory, newest first.
     *
     * @throws se.stockholm.vbe.api.AccessDeniedException unless the actor is the coordinator
     */
    List<Backup> backups(Actor actor);
}
