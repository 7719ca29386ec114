package se.stockholm.vbe.rest.internal.security;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.Actor;

/**
 * Exposes the {@link Actor} behind a request to JAX-RS.
 */
public final class CallerSecurityContext implements SecurityContext {

    private final Actor actor;
    private final boolean secure;

    public CallerSecurityContext(Actor actor, boolean secure) {
        this.actor = actor;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return actor.isAnonymous() ? null : new ActorPrincipal(actor);
    }

    @Override
    public boolean isUserInRole(String role) {
        return actor.hasRole(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return actor.isAnonymous() ? null : BASIC_AUTH;
    }

    /** The actor behind a request's security context; anonymous if there is none. */
    public static Actor actorOf(SecurityContext context) {
        return context != null && context.getUserPrincipal() instanceof ActorPrincipal principal
                ? principal.actor() : Actor.anonymous();
    }

    /** A signed-in actor as a JAX-RS principal. */
    private record ActorPrincipal(Actor actor) implements Principal {
        @Override
        public String getName() {
            return actor.name();
        }
    }
}
