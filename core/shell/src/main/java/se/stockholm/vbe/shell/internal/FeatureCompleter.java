package se.stockholm.vbe.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import se.stockholm.vbe.api.feature.FeatureService;

/**
 * Completes the feature ids of the committee named earlier on the command line.
 */
@Service
public class FeatureCompleter implements Completer {

    @Reference
    FeatureService features;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String[] words = commandLine.getArguments();
        if (words.length < 2) {
            return -1;
        }
        StringsCompleter ids = new StringsCompleter();
        try {
            features.features(words[1]).forEach(state -> ids.getStrings().add(state.feature().id()));
        } catch (RuntimeException unknownCommittee) {
            return -1;
        }
        return ids.complete(session, commandLine, candidates);
    }
}
