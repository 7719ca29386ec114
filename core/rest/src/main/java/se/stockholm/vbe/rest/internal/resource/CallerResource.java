package se.stockholm.vbe.rest.internal.resource;

import java.util.Set;
import java.util.TreeSet;

import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code GET /api/me}: who the platform takes the caller to be, for clients checking their
 * credentials and roles. Needs a signed-in user.
 */
@Path("me")
@Singleton
public final class CallerResource {

    /** The signed-in user as JSON. */
    public record Me(String user, Set<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me(@Context SecurityContext security) {
        Actor caller = CallerSecurityContext.actorOf(security);
        return new Me(caller.name(), new TreeSet<>(caller.roles()));
    }
}
