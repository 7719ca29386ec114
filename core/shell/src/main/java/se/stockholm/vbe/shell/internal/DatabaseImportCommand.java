package se.stockholm.vbe.shell.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import se.stockholm.vbe.api.database.DatabaseTransfer;
import se.stockholm.vbe.api.database.TransferSummary;

/**
 * {@code vbe:db-import --url … --user … <file>}: creates the schema in a new PostgreSQL database and copies an
 * export into it, so that the platform can be switched to that database. Asks for the password unless given.
 */
@Service
@Command(scope = "vbe", name = "db-import", description = "Imports an export of vbe:db-export into an empty "
        + "PostgreSQL database (creating the schema), before etc/org.ops4j.datasource-vbe.cfg is switched to it")
public class DatabaseImportCommand implements Action {

    @Reference
    DatabaseTransfer transfer;

    @Reference
    Session session;

    @Option(name = "--url", description = "The target, e.g. jdbc:postgresql://db.example.se:5432/vbe", required = true)
    String url;

    @Option(name = "--user", description = "The target's user, e.g. vbe")
    String user;

    @Option(name = "--password", description = "The target user's password; asked for when left out "
            + "(a password on the command line stays in the shell's history)")
    String password;

    @Argument(index = 0, name = "file", description = "A file written by vbe:db-export", required = true)
    String file;

    @Override
    public Object execute() throws IOException {
        String secret = password != null || user == null ? password : session.readLine("Password for " + user
                + ": ", '*');
        TransferSummary summary = transfer.importInto(Path.of(file), url, user, secret, ShellActor.of(session));
        System.out.println("Imported " + summary.total() + " rows at schema version " + summary.schemaVersion()
                + " into " + url + " " + summary.rows());
        System.out.println("Now set osgi.jdbc.driver.name, url, user and password in etc/org.ops4j.datasource-vbe.cfg"
                + " to this database and restart the platform.");
        return null;
    }
}
