package se.stockholm.vbe.rest.internal.security;

import java.util.Optional;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

import se.stockholm.vbe.api.Actor;

/**
 * Establishes who is calling from an HTTP Basic header. No header means an anonymous caller (unless
 * {@link SessionAuthenticationFilter}, which runs next, finds a session cookie), which {@link AccessControlFeature}
 * then lets through only where an endpoint allows it; wrong credentials are refused everywhere. Failed sign-ins are
 * logged with the client's address by {@link SignIns} and throttled by {@link LoginThrottle}: a blocked user and
 * address get 429 before any password is checked, and every attempt counts as a failure until its password proved
 * right, so parallel guesses do not slip through.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BasicAuthenticationFilter implements ContainerRequestFilter {

    private final SignIns signIns;

    /** The request behind the JAX-RS one, for the client's address (a proxy Jersey resolves per request). */
    @Context
    private HttpServletRequest servletRequest;

    public BasicAuthenticationFilter(SignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            request.setSecurityContext(new CallerSecurityContext(Actor.anonymous(), secure));
            return;
        }
        Optional<String[]> credentials = BasicCredentials.of(header);
        if (credentials.isEmpty()) {
            request.abortWith(SignInProblems.unauthorized(request, "wrong user name or password"));
            return;
        }
        SignIns.Result result = signIns.signIn(credentials.get()[0], credentials.get()[1],
                servletRequest.getRemoteAddr());
        if (result.retryAfter().isPresent()) {
            request.abortWith(SignInProblems.tooManyFailures(result.retryAfter().get()));
            return;
        }
        if (result.caller().isEmpty()) {
            request.abortWith(SignInProblems.unauthorized(request, "wrong user name or password"));
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(result.caller().get(), secure));
    }
}
