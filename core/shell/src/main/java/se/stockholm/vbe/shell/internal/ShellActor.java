package se.stockholm.vbe.shell.internal;

import java.util.Set;

import org.apache.karaf.shell.api.console.Session;

import se.stockholm.vbe.api.Actor;

/**
 * The shell user as the platform sees them: the coordinator, recorded as {@code shell:<user>}. The shell's
 * own ACL, etc/org.apache.karaf.command.acl.vbe.cfg, decides who may run a command at all.
 */
final class ShellActor {

    private ShellActor() {
    }

    static Actor of(Session session) {
        Object user = session.get("USER");
        return Actor.user("shell:" + (user == null ? "karaf" : user), Set.of(Actor.COORDINATOR));
    }
}
