package se.stockholm.vbe.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import se.stockholm.vbe.api.committee.CommitteeQuarantines;

/**
 * {@code vbe:release <committee>}: ends a committee's quarantine; the bundles stopped for it start again.
 */
@Service
@Command(scope = "vbe", name = "release", description = "Releases a committee from quarantine: its bundle starts again")
public class ReleaseCommand implements Action {

    @Reference
    CommitteeQuarantines quarantines;

    @Reference
    Session session;

    @Argument(index = 0, name = "committee", description = "Committee id, e.g. alvsjo", required = true)
    @Completion(CommitteeCompleter.class)
    String committee;

    @Override
    public Object execute() {
        boolean released = quarantines.release(committee, ShellActor.of(session));
        System.out.println(released ? "Committee " + committee + " is released from quarantine"
                : "Committee " + committee + " was not in quarantine");
        return null;
    }
}
