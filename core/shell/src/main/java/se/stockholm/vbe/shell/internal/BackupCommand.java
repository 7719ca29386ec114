package se.stockholm.vbe.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;

import se.stockholm.vbe.api.backup.Backup;
import se.stockholm.vbe.api.backup.BackupService;

/**
 * {@code vbe:backup [dir]}: a consistent backup of the database while the platform serves, into
 * {@code <dir>/<start time>/} (default {@code ${karaf.data}/backup}). Restore as docs/operations.md says.
 */
@Service
@Command(scope = "vbe", name = "backup", description = "Backs the database up while the platform serves")
public class BackupCommand implements Action {

    @Reference
    BackupService backups;

    @Reference
    Session session;

    @Argument(index = 0, name = "dir", description = "Where to keep the backup (default ${karaf.data}/backup; "
            + "a relative path is taken from the installation's directory)")
    @Completion(FileCompleter.class)
    String directory;

    @Override
    public Object execute() {
        Backup backup = backups.backUp(directory, ShellActor.of(session));
        System.out.println("Backed up into " + backup.location() + " (" + backup.bytes() + " bytes, "
                + backup.method() + ", started " + backup.startedAt() + ", finished " + backup.finishedAt() + ")");
        return null;
    }
}
