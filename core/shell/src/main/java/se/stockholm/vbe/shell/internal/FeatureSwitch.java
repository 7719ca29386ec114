package se.stockholm.vbe.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

import se.stockholm.vbe.api.feature.FeatureService;
import se.stockholm.vbe.api.feature.FeatureState;

/**
 * What switching a feature on and off from the shell shares: the arguments, and acting as the coordinator
 * under the shell user's name ({@link ShellActor}).
 */
abstract class FeatureSwitch {

    @Reference
    FeatureService features;

    @Reference
    Session session;

    @Argument(index = 0, name = "committee", description = "Committee id, e.g. alvsjo", required = true)
    @Completion(CommitteeCompleter.class)
    String committee;

    @Argument(index = 1, name = "feature", description = "Feature id, e.g. association-grant-check", required = true)
    @Completion(FeatureCompleter.class)
    String feature;

    Object switchTo(boolean enabled) {
        FeatureState state = features.set(committee, feature, enabled, ShellActor.of(session));
        System.out.println("Feature " + state.feature().id() + " is now " + (state.enabled() ? "enabled" : "disabled")
                + " for committee " + committee);
        return null;
    }
}
