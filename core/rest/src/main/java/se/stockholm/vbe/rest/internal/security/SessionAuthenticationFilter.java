package se.stockholm.vbe.rest.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

import javax.annotation.Priority;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import se.stockholm.vbe.rest.internal.problem.Problem;

/**
 * Establishes who is calling from the web application's session cookie, for a request without an
 * {@code Authorization} header (which {@link BasicAuthenticationFilter}, running just before, has handled). A
 * state-changing request must also carry the session's CSRF token in {@code X-CSRF-Token}: another site can make a
 * browser send the cookie (were it not {@code SameSite=Strict}), but cannot read the token. Both are checked here,
 * before any body is read. A cookie naming no live session is answered with 401 and a cookie that clears it, so the
 * web application learns that its user must sign in again; signing in and out with such a cookie is let through.
 */
@Priority(Priorities.AUTHENTICATION + 10)
public final class SessionAuthenticationFilter implements ContainerRequestFilter {

    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String SESSION_PATH = "session";

    private final SessionStore sessions;

    public SessionAuthenticationFilter(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        String id = SessionCookie.of(request);
        if (id == null || isSession(request) && HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        Optional<SessionStore.Session> session = sessions.use(id);
        if (session.isEmpty()) {
            if (!(isSession(request) && HttpMethod.DELETE.equals(request.getMethod()))) {
                request.abortWith(SignInProblems.unauthorizedWithoutChallenge("the session has ended; sign in again")
                        .header(HttpHeaders.SET_COOKIE, SessionCookie.clear()).build());
            }
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod())
                && !sameToken(request.getHeaderString(CSRF_HEADER), session.get().csrfToken())) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    "missing or wrong CSRF token (" + CSRF_HEADER + ")"));
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerSecurityContext(session.get().caller(), secure));
    }

    /** {@code /api/session}, where signing in and out happen. */
    private static boolean isSession(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        int from = path.startsWith("/") ? 1 : 0;
        int to = path.endsWith("/") && path.length() > from ? path.length() - 1 : path.length();
        return SESSION_PATH.equals(path.substring(from, Math.max(from, to)));
    }

    /** Compared in constant time, so the answer's timing tells nothing about how much of a guess was right. */
    private static boolean sameToken(String sent, String expected) {
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
