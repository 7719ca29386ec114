package se.stockholm.vbe.itests.committee;

import java.util.EnumSet;
import java.util.Set;

import org.osgi.framework.BundleContext;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.GrantRule;

/**
 * A misbehaving local rule for the tests, built into a bundle at run time: {@code VBE-Test-Rule-Id},
 * {@code VBE-Test-Rule-Committee} and {@code VBE-Test-Rule-Behaviour} ({@code throw} or {@code hang}) come from its
 * manifest.
 */
public class TestRule implements GrantRule {

    private String id;
    private String committeeId;
    private String behaviour;

    /** Called by DS (the component XML names it). */
    public void activate(BundleContext context) {
        id = context.getBundle().getHeaders().get("VBE-Test-Rule-Id");
        committeeId = context.getBundle().getHeaders().get("VBE-Test-Rule-Committee");
        behaviour = context.getBundle().getHeaders().get("VBE-Test-Rule-Behaviour");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return "Testregel som " + behaviour;
    }

    @Override
    public String committeeId() {
        return committeeId;
    }

    @Override
    public Set<CheckType> appliesTo() {
        return EnumSet.allOf(CheckType.class);
    }

    @Override
    public RuleResult evaluate(Application application) {
        if ("throw".equals(behaviour)) {
            throw new IllegalStateException("the test rule throws");
        }
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return RuleResult.pass("too late");
    }
}
