package se.stockholm.vbe.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.rest.internal.problem.Problem;

/**
 * Establishes who is calling from an HTTP Basic header. No header means an anonymous caller,
 * which {@link AccessControlFeature} then lets through only where an endpoint allows it;
 * wrong credentials are refused everywhere.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BasicAuthenticationFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"VBE-plattformen\", charset=\"UTF-8\"";

    private final Authenticator authenticator;

    public BasicAuthenticationFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            request.setSecurityContext(new CallerSecurityContext(Actor.anonymous(), secure));
            return;
        }
        Optional<Actor> caller = credentials(header)
                .flatMap(pair -> authenticator.authenticate(pair[0], pair[1]));
        if (caller.isEmpty()) {
            request.abortWith(unauthorized("wrong user name or password"));
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(caller.get(), secure));
    }

    static Response unauthorized(String detail) {
        return Problem.builder(Response.Status.UNAUTHORIZED, detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    private static Optional<String[]> credentials(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
