package se.stockholm.vbe.platform.internal.grant;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "VBE grant rules", description = "How the rules of grant and premises checks are run.")
@interface RulesConfiguration {

    @AttributeDefinition(description = "Milliseconds a rule may take; after that it counts as failed (REVIEW).")
    int timeoutMillis() default 2000;

    @AttributeDefinition(description = "Calls of one rule that may run at once; more get REVIEW at once.")
    int maxConcurrentCalls() default 4;

    @AttributeDefinition(description = "Failures or time-outs in a row after which a rule is no longer called.")
    int failureThreshold() default 3;

    @AttributeDefinition(description = "Seconds a rule that keeps failing is left alone before it is tried again.")
    int openSeconds() default 30;

    @AttributeDefinition(description = "Threads one committee's rules may use at once, stuck calls included; "
            + "past that its rules give REVIEW at once, and no other committee is affected.")
    int committeeThreads() default 16;
}
