package se.stockholm.vbe.platform.internal.grant;

import java.util.Set;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.GrantRule;

/**
 * A rule as the platform knows it: what it said about itself when it arrived, read once, so that only
 * {@link #evaluate} ever calls into the contributing bundle again (and that only through the RuleRunner).
 */
record RegisteredRule(String id, String title, String committeeId, Set<CheckType> appliesTo, GrantRule delegate,
        long serviceId, RuleRegistry.RuleSource source) implements GrantRule {

    RegisteredRule {
        appliesTo = Set.copyOf(appliesTo);
    }

    @Override
    public RuleResult evaluate(Application application) {
        return delegate.evaluate(application);
    }
}
