package se.stockholm.vbe.rest.internal.http;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "VBE HTTP limits", description = "Limits the API keeps per client; Jetty's own "
        + "limits (threads, timeouts, data rate, header sizes) are in etc/org.ops4j.pax.web.cfg and etc/jetty.xml.")
@interface HttpLimitsConfiguration {

    @AttributeDefinition(description = "API requests one client address may have in progress at once; more "
            + "get 429. Behind a reverse proxy every client has the proxy's address: raise it there. 0 = no limit.")
    int maxRequestsPerAddress() default 16;
}
