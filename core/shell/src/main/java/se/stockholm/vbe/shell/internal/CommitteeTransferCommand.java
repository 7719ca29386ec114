package se.stockholm.vbe.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import se.stockholm.vbe.api.committee.CommitteeOwners;
import se.stockholm.vbe.api.committee.CommitteeOwnership;

/**
 * {@code vbe:committee-transfer <committee> <bundle>}: makes another bundle the owner of a committee id.
 */
@Service
@Command(scope = "vbe", name = "committee-transfer", description = "Makes another bundle the owner of a committee id")
public class CommitteeTransferCommand implements Action {

    @Reference
    CommitteeOwners owners;

    @Reference
    Session session;

    @Argument(index = 0, name = "committee", description = "Committee id, e.g. alvsjo", required = true)
    @Completion(CommitteeCompleter.class)
    String committee;

    @Argument(index = 1, name = "bundle", description = "The new owner's bundle symbolic name", required = true)
    String bundle;

    @Override
    public Object execute() {
        String before = owners.owner(committee, ShellActor.of(session)).bundle();
        CommitteeOwnership after = owners.transfer(committee, bundle, ShellActor.of(session));
        System.out.println("Committee " + committee + " now belongs to bundle " + after.bundle() + " (was " + before
                + ")");
        return null;
    }
}
