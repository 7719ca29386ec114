package se.stockholm.vbe.platform.internal.committee;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "VBE committee catalogue limits",
        description = "How much a committee bundle may contribute; a bundle over a limit stays offline, named in health.")
@interface CatalogueLimitsConfiguration {

    @AttributeDefinition(description = "Activity templates one committee's catalogue may hold.", min = "1")
    int maxTemplates() default CatalogueLimits.DEFAULT_MAX_TEMPLATES;
}
