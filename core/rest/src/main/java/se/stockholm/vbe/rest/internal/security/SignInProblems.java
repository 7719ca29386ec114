package se.stockholm.vbe.rest.internal.security;

import java.time.Duration;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import se.stockholm.vbe.rest.internal.problem.Problem;

/**
 * The answers of a refused sign-in, the same for HTTP Basic and the web application's form. A 401 challenges an
 * API client to send Basic credentials, but never a request that says it comes from a script
 * ({@code X-Requested-With}, which the web application sends with every call) or from the form: a browser would
 * otherwise show its own password dialog over the web application.
 */
public final class SignInProblems {

    static final String CHALLENGE = "Basic realm=\"VBE-plattformen\", charset=\"UTF-8\"";
    static final String REQUESTED_WITH = "X-Requested-With";

    private SignInProblems() {
    }

    /** 401, with the Basic challenge unless the request comes from a script. */
    public static Response unauthorized(ContainerRequestContext request, String detail) {
        Response.ResponseBuilder problem = Problem.builder(Response.Status.UNAUTHORIZED, detail);
        if (request.getHeaderString(REQUESTED_WITH) == null) {
            problem.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return problem.build();
    }

    /** 401 without a challenge, for the web application's sign-in and its sessions. */
    public static Response.ResponseBuilder unauthorizedWithoutChallenge(String detail) {
        return Problem.builder(Response.Status.UNAUTHORIZED, detail);
    }

    /** 429 for a user or address blocked after repeated failures, saying when to try again. */
    public static Response tooManyFailures(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Problem.builder(Response.Status.TOO_MANY_REQUESTS,
                "too many failed sign-ins for this user from this address; try again in " + seconds + " s")
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }
}
