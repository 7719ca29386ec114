package se.stockholm.vbe.platform.internal.grant;

import se.stockholm.vbe.platform.internal.committee.OwnerStore;
import se.stockholm.vbe.platform.internal.db.Database;

/**
 * A rule registry on a test database, for the tests of other packages that need one but no rules.
 */
public final class TestRuleRegistry {

    private TestRuleRegistry() {
    }

    public static RuleRegistry on(Database database) {
        return new RuleRegistry(database, new OwnerStore(database), new RuleRunner(TestRules.limits(2_000, 4, 3)));
    }
}
