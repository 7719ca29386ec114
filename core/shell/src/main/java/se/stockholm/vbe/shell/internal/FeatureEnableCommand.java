package se.stockholm.vbe.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code vbe:feature-enable <committee> <feature>}.
 */
@Service
@Command(scope = "vbe", name = "feature-enable", description = "Enables a feature for a committee")
public class FeatureEnableCommand extends FeatureSwitch implements Action {

    @Override
    public Object execute() {
        return switchTo(true);
    }
}
