package se.stockholm.vbe.rest.internal.resource;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.annotation.security.PermitAll;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.rest.internal.security.SessionCookie;
import se.stockholm.vbe.rest.internal.security.SessionStore;
import se.stockholm.vbe.rest.internal.security.SignInProblems;
import se.stockholm.vbe.rest.internal.security.SignIns;

/**
 * {@code /api/session}: the web application's sign-in. {@code POST} checks a user name and password the same way as
 * HTTP Basic (same realm, throttle and log lines) and starts a session in a cookie; {@code GET} tells a reloaded page
 * who is signed in and its CSRF token; {@code DELETE} signs out. Refusals never carry a Basic challenge, so a browser
 * shows no password dialog of its own. Who may write with the session is decided by
 * {@code SessionAuthenticationFilter}.
 */
@Path("session")
@Singleton
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {

    /** The body of a sign-in. */
    public record SignIn(String user, String password) {
        public SignIn {
            Validation.require(user, "user");
            Validation.require(password, "password");
        }
    }

    /** A live session as the web application sees it. */
    public record SessionView(String user, Set<String> roles, String csrfToken, long idleTimeoutSeconds) {
    }

    private static final String NO_STORE = "no-store";

    private final SignIns signIns;
    private final SessionStore sessions;

    @Inject
    public SessionResource(SignIns signIns, SessionStore sessions) {
        this.signIns = signIns;
        this.sessions = sessions;
    }

    /** Signs in; a session the request's cookie named before ends, so every sign-in has a new id. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(SignIn body, @CookieParam(SessionCookie.NAME) String previous,
            @Context SecurityContext security, @Context HttpServletRequest http) {
        Bodies.require(body);
        SignIns.Result result = signIns.signIn(body.user(), body.password(), http.getRemoteAddr());
        if (result.retryAfter().isPresent()) {
            return SignInProblems.tooManyFailures(result.retryAfter().get());
        }
        if (result.caller().isEmpty()) {
            return SignInProblems.unauthorizedWithoutChallenge("wrong user name or password").build();
        }
        sessions.end(previous);
        SessionStore.Started started = sessions.start(result.caller().get());
        return Response.status(Response.Status.CREATED).entity(view(started.session()))
                .header(HttpHeaders.SET_COOKIE, SessionCookie.issue(started.id(), security.isSecure()))
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @PermitAll
    public Response current(@CookieParam(SessionCookie.NAME) String id) {
        Optional<SessionStore.Session> session = sessions.use(id);
        if (session.isEmpty()) {
            return SignInProblems.unauthorizedWithoutChallenge("no session; sign in").build();
        }
        return Response.ok(view(session.get())).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    /** Signs out: idempotent, also for a session that has ended already or a request without one. */
    @DELETE
    @PermitAll
    public Response signOut(@CookieParam(SessionCookie.NAME) String id) {
        sessions.end(id);
        return Response.noContent().header(HttpHeaders.SET_COOKIE, SessionCookie.clear())
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    private SessionView view(SessionStore.Session session) {
        Actor caller = session.caller();
        return new SessionView(caller.name(), new TreeSet<>(caller.roles()), session.csrfToken(),
                sessions.idleTimeout().toSeconds());
    }
}
