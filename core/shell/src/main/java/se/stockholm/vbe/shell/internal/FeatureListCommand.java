package se.stockholm.vbe.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.stockholm.vbe.api.feature.FeatureService;
import se.stockholm.vbe.api.feature.FeatureState;

/**
 * {@code vbe:feature-list <committee>}: a committee's features and whether each is on.
 */
@Service
@Command(scope = "vbe", name = "feature-list", description = "Lists a committee's features and whether each is enabled")
public class FeatureListCommand implements Action {

    @Reference
    FeatureService features;

    @Argument(index = 0, name = "committee", description = "Committee id, e.g. alvsjo", required = true)
    @Completion(CommitteeCompleter.class)
    String committee;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Feature");
        table.column("Enabled");
        table.column("Changed by");
        table.column("Title");
        for (FeatureState state : features.features(committee)) {
            table.addRow().addContent(state.feature().id(), state.enabled() ? "yes" : "no",
                    state.isDefault() ? "(default)" : state.changedBy() + " " + state.changedAt(),
                    state.feature().title());
        }
        table.print(System.out);
        return null;
    }
}
