package se.stockholm.vbe.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.rest.internal.problem.Problem;

/**
 * Establishes who is calling from an HTTP Basic header. No header means an anonymous caller,
 * which {@link AccessControlFeature} then lets through only where an endpoint allows it;
 * wrong credentials are refused everywhere. Failed sign-ins are logged with the client's address and
 * throttled by {@link LoginThrottle}: a blocked user and address get 429 before any password is checked, and
 * every attempt counts as a failure until its password proved right, so parallel guesses do not slip through.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BasicAuthenticationFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"VBE-plattformen\", charset=\"UTF-8\"";

    private static final Logger LOG = LoggerFactory.getLogger(BasicAuthenticationFilter.class);

    private final SignIns signIns;

    /** The request behind the JAX-RS one, for the client's address (a proxy Jersey resolves per request). */
    @Context
    private HttpServletRequest servletRequest;

    public BasicAuthenticationFilter(Authenticator authenticator, LoginThrottle throttle) {
        this.signIns = new SignIns(authenticator, throttle);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            request.setSecurityContext(new CallerSecurityContext(Actor.anonymous(), secure));
            return;
        }
        Optional<String[]> credentials = credentials(header);
        if (credentials.isEmpty()) {
            request.abortWith(unauthorized("wrong user name or password"));
            return;
        }
        String user = credentials.get()[0];
        String address = servletRequest.getRemoteAddr();
        SignIns.Result result = signIns.signIn(user, credentials.get()[1], address);
        if (result.retryAfter().isPresent()) {
            request.abortWith(tooManyFailures(result.retryAfter().get()));
            return;
        }
        if (result.caller().isEmpty()) {
            LOG.warn("Sign-in failed for user '{}' from {}", printable(user), address);
            result.blockStarted().ifPresent(block -> LOG.warn(
                    "Sign-in for user '{}' from {} blocked for {} s after repeated failures",
                    printable(user), address, block.toSeconds()));
            request.abortWith(unauthorized("wrong user name or password"));
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(result.caller().get(), secure));
    }

    private static Response tooManyFailures(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Problem.builder(Response.Status.TOO_MANY_REQUESTS,
                "too many failed sign-ins for this user from this address; try again in " + seconds + " s")
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    /** A user name as sent, made safe for one log line. */
    private static String printable(String user) {
        String cleaned = user.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() <= 64 ? cleaned : cleaned.substring(0, 64) + "…";
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
