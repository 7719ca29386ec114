package se.stockholm.vbe.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "VBE REST API", description = "The REST API under /api.")
@interface ApiServletConfiguration {

    @AttributeDefinition(description = "JAAS realm that checks HTTP Basic credentials. "
            + "'karaf' reads etc/users.properties; point it at an LDAP realm to use AD groups as roles.")
    String realm() default "karaf";

    @AttributeDefinition(description = "Seconds a successful login is reused for the same credentials; "
            + "a changed password or role takes effect after at most this long. 0 logs in on every request.")
    int loginCacheSeconds() default 60;
}
