package se.stockholm.vbe.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

import se.stockholm.vbe.api.committee.CommitteeQuarantines;

/**
 * What {@code vbe:quarantine} and {@code vbe:release} share: the quarantines, the session whose user is recorded,
 * and the committee as the first argument (Karaf injects the fields of a command's superclasses too).
 */
abstract class QuarantineAction implements Action {

    @Reference
    CommitteeQuarantines quarantines;

    @Reference
    Session session;

    @Argument(index = 0, name = "committee", description = "Committee id, e.g. alvsjo", required = true)
    @Completion(CommitteeCompleter.class)
    String committee;
}
