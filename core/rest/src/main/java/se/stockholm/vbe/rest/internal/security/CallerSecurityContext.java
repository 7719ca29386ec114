package se.stockholm.vbe.rest.internal.security;

import javax.ws.rs.core.SecurityContext;

/**
 * Exposes the {@link Caller} to JAX-RS.
 */
public final class CallerSecurityContext implements SecurityContext {

    private final Caller caller;
    private final boolean secure;

    public CallerSecurityContext(Caller caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    @Override
    public Caller getUserPrincipal() {
        return caller.isAnonymous() ? null : caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.hasRole(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return caller.isAnonymous() ? null : BASIC_AUTH;
    }

    /** The caller behind a request's security context; anonymous if there is none. */
    public static Caller callerOf(SecurityContext context) {
        return context != null && context.getUserPrincipal() instanceof Caller caller ? caller : Caller.anonymous();
    }
}
