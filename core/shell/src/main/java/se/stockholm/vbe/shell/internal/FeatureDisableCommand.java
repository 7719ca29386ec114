package se.stockholm.vbe.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code vbe:feature-disable <committee> <feature>}.
 */
@Service
@Command(scope = "vbe", name = "feature-disable", description = "Disables a feature for a committee")
public class FeatureDisableCommand extends FeatureSwitch implements Action {

    @Override
    public Object execute() {
        return switchTo(false);
    }
}
