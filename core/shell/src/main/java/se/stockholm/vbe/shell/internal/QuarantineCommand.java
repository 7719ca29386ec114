package se.stockholm.vbe.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import se.stockholm.vbe.api.committee.CommitteeQuarantine;

/**
 * {@code vbe:quarantine <committee> [reason…]}: stops a committee's bundle (without removing it) and makes its
 * rules fail closed, until {@code vbe:release}.
 */
@Service
@Command(scope = "vbe", name = "quarantine", description = "Puts a committee's bundle in quarantine: stopped, not "
        + "removed, its grant rules giving REVIEW, until vbe:release")
public class QuarantineCommand extends QuarantineAction {

    @Argument(index = 1, name = "reason", description = "Why, in free text (no personal identity numbers)",
            multiValued = true)
    List<String> reason;

    @Override
    public Object execute() {
        CommitteeQuarantine quarantine = quarantines.quarantine(committee,
                reason == null ? null : String.join(" ", reason), ShellActor.of(session));
        System.out.println("Committee " + committee + " is in quarantine since " + quarantine.since() + " (by "
                + quarantine.by() + (quarantine.reason() == null ? "" : ": " + quarantine.reason()) + ")");
        return null;
    }
}
