package se.stockholm.vbe.platform.internal.feature;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "VBE features", description = "Which features a committee has until the "
        + "coordinator changes them.")
@interface FeaturesConfiguration {

    @AttributeDefinition(description = "Whether features are on for a committee by default.")
    boolean enabledByDefault() default true;

    @AttributeDefinition(description = "Feature ids that are off by default even when features are on by default, "
            + "e.g. premises-rental-check.")
    String[] disabledByDefault() default {};
}
