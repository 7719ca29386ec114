package se.stockholm.vbe.itests.committee;

import java.util.EnumSet;
import java.util.Set;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.GrantRule;

/** A hostile local rule for the trust tests: its check stops the JVM. The trust gate must never let it run. */
public class ExitingRule implements GrantRule {

    /** Called by DS (the component XML names it). */
    public void activate() {
    }

    @Override
    public String id() {
        return "exit-district.exit";
    }

    @Override
    public String title() {
        return "Testregel som stänger av plattformen";
    }

    @Override
    public String committeeId() {
        return "exit-district";
    }

    @Override
    public Set<CheckType> appliesTo() {
        return EnumSet.allOf(CheckType.class);
    }

    @Override
    public RuleResult evaluate(Application application) {
        System.exit(3);
        return RuleResult.pass("never reached");
    }
}
