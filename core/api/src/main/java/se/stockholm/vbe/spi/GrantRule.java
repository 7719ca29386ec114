package se.stockholm.vbe.spi;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.RuleResult;

/**
 * A committee's own rule for grant and premises applications, registered as an OSGi service by its
 * committee bundle. Each rule is also a feature the coordinator can switch off for the committee.
 *
 * <p>The platform calls {@link #evaluate} with a time limit on a thread of its own; a rule that throws,
 * or does not answer in time, gives {@code REVIEW}. Rules must be thread-safe and should not block.
 */
@ConsumerType
public interface GrantRule {

    /** Stable id, unique in the city, e.g. {@code hasselby-vallingby.unaffiliated}. */
    String id();

    /** A short Swedish title. */
    String title();

    /** The committee whose applications the rule is for. */
    String committeeId();

    /** The kinds of application it applies to. */
    Set<CheckType> appliesTo();

    /** Evaluates one application. */
    RuleResult evaluate(Application application);
}
