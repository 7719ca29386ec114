package se.stockholm.vbe.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code vbe:release <committee>}: ends a committee's quarantine; the bundles stopped for it start again.
 */
@Service
@Command(scope = "vbe", name = "release", description = "Releases a committee from quarantine: its bundle starts again")
public class ReleaseCommand extends QuarantineAction {

    @Override
    public Object execute() {
        boolean released = quarantines.release(committee, ShellActor.of(session));
        System.out.println(released ? "Committee " + committee + " is released from quarantine"
                : "Committee " + committee + " was not in quarantine");
        return null;
    }
}
