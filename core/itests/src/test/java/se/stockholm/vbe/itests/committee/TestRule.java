package se.stockholm.vbe.itests.committee;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;


import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.GrantRule;

/**
 * A local rule for the tests, built into a bundle at run time: its {@code ruleId}, {@code committeeId} and
 * {@code behaviour} come from its component properties. It passes ({@code pass}), throws ({@code throw}) or
 * does not answer for a minute: {@code hang} until interrupted, {@code hang-hard} whatever happens.
 */
public class TestRule implements GrantRule {

    private String id;
    private String committeeId;
    private String behaviour;

    /** Called by DS (the component XML names it). */
    public void activate(Map<String, Object> properties) {
        id = (String) properties.get("ruleId");
        committeeId = (String) properties.get("committeeId");
        behaviour = (String) properties.get("behaviour");
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
        if ("pass".equals(behaviour)) {
            return RuleResult.pass("Testregeln godkänner allt.");
        }
        if ("throw".equals(behaviour)) {
            throw new IllegalStateException("the test rule throws");
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                if ("hang".equals(behaviour)) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return RuleResult.pass("too late");
    }
}
