package se.stockholm.vbe.shell.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import se.stockholm.vbe.api.database.DatabaseTransfer;
import se.stockholm.vbe.api.database.TransferSummary;

/**
 * {@code vbe:db-export <file>}: writes every table of the platform's database to a new file of JSON lines.
 */
@Service
@Command(scope = "vbe", name = "db-export", description = "Exports the platform's database to a new file "
        + "(JSON lines, every table, with the schema version), e.g. to move it to PostgreSQL with vbe:db-import")
public class DatabaseExportCommand implements Action {

    @Reference
    DatabaseTransfer transfer;

    @Reference
    Session session;

    @Argument(index = 0, name = "file", description = "The file to write, on the platform's machine; must not exist",
            required = true)
    String file;

    @Override
    public Object execute() {
        TransferSummary summary = transfer.exportTo(Path.of(file), ShellActor.of(session));
        System.out.println("Exported " + summary.total() + " rows at schema version " + summary.schemaVersion()
                + " to " + file + " " + summary.rows());
        return null;
    }
}
