package se.stockholm.vbe.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "VBE REST API", description = "The REST API under /api.")
@interface ApiServletConfiguration {

    @AttributeDefinition(description = "JAAS realm that checks HTTP Basic credentials. "
            + "'karaf' reads etc/users.properties; point it at an LDAP realm to use AD groups as roles.")
    String realm() default "karaf";
}
