package se.stockholm.vbe.committees.hasselbyvallingby;

import java.util.EnumSet;

import org.osgi.service.component.annotations.Component;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.BaseGrantRule;
import se.stockholm.vbe.spi.GrantRule;

/**
 * An association that got a grant from Hässelby-Vällingby before must have accounted for how it was used.
 */
@Component(service = GrantRule.class)
public final class PreviousGrantAccountedRule extends BaseGrantRule {

    public PreviousGrantAccountedRule() {
        super("hasselby-vallingby.previous-grant-accounted", "Tidigare bidrag återrapporterat",
                HasselbyVallingby.ID, EnumSet.of(CheckType.ASSOCIATION_GRANT));
    }

    @Override
    public RuleResult evaluate(Application application) {
        Boolean accounted = application.previousGrantAccounted();
        if (accounted == null) {
            return RuleResult.pass("Föreningen har inte fått bidrag tidigare.");
        }
        return accounted ? RuleResult.pass("Tidigare bidrag är återrapporterat.")
                : RuleResult.fail("Föreningen har inte redovisat hur tidigare bidrag har använts.");
    }
}
