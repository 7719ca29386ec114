package se.stockholm.vbe.platform.internal.secrecy;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "VBE disclosure", description = "What of the situation pictures' incident counts "
        + "is published to those who may not see everything.")
@interface DisclosureConfiguration {

    @AttributeDefinition(description = "The smallest count published as a number; smaller non-zero counts are "
            + "shown as \"<minimumCount\", and sums are withheld where they would reveal one. 1 publishes every count.",
            min = "1")
    int minimumCount() default Disclosure.DEFAULT_MINIMUM_COUNT;
}
