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

    @AttributeDefinition(description = "Failed sign-ins for one user from one client address before that user "
            + "is blocked from that address (429 with Retry-After, even with the right password). 0: no limit.")
    int maxFailures() default 5;

    @AttributeDefinition(description = "Failed sign-ins from one client address, whatever the user names, "
            + "before the address is blocked. 0: no limit.")
    int maxFailuresPerAddress() default 20;

    @AttributeDefinition(description = "Seconds of the first block; every further failure doubles it.")
    int blockSeconds() default 5;

    @AttributeDefinition(description = "The longest block in seconds; failures are also forgotten after "
            + "this long without one.")
    int maxBlockSeconds() default 900;

    @AttributeDefinition(description = "Seconds a web application session lives without a request; every request "
            + "with it starts this again.")
    int sessionIdleSeconds() default 1800;

    @AttributeDefinition(description = "Seconds a web application session lives at most, however much it is used; "
            + "then its user signs in again.")
    int sessionMaxSeconds() default 43200;

    @AttributeDefinition(description = "Web application sessions kept at most; beyond it the least recently used "
            + "one ends.")
    int maxSessions() default 10000;
}
