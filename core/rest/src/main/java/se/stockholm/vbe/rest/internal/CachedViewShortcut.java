package se.stockholm.vbe.rest.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.health.HealthService;
import se.stockholm.vbe.api.plan.PlanFilter;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.rest.internal.resource.ConsolidatedViewCache;
import se.stockholm.vbe.rest.internal.resource.PlansResource;
import se.stockholm.vbe.rest.internal.resource.RenderedView;
import se.stockholm.vbe.rest.internal.resource.ViewFormat;
import se.stockholm.vbe.rest.internal.security.BasicCredentials;
import se.stockholm.vbe.rest.internal.security.SessionCookie;
import se.stockholm.vbe.rest.internal.security.SessionStore;
import se.stockholm.vbe.rest.internal.security.SignIns;

/**
 * Answers {@code GET /api/plans/{year}[/summary]} straight from the view cache, in front of Jersey, when the view is
 * already rendered for the caller's audience: 304 for a current {@code If-None-Match} (in any form the request
 * negotiates as the resource does), else the JSON with its ETag, coding and length. The commonest requests of the
 * API then cost a read of the generation row (so that a write on any node makes the view stale at once) and a map
 * lookup instead of a trip through the JAX-RS machinery, whose per-request injection takes a synchronized HK2 lock.
 * <p>
 * The caller is the one the API's own filters would establish, from the same sign-ins and sessions: anonymous without
 * credentials or session cookie, a login remembered a moment ago (and not blocked) for HTTP Basic, a live session for
 * the cookie. Anything else (a login to check, an ended session, a view not yet rendered, a sheet, a parameter the
 * resource would refuse, a platform not ready) goes on to Jersey unchanged, which decides it as it always has; the
 * cache is keyed by audience, so a body is only ever served to the audience it was rendered for.
 */
final class CachedViewShortcut {

    private static final Pattern VIEW = Pattern.compile("/api/plans/([0-9]{1,9})(/summary)?");

    private final ConsolidatedViewCache cache;
    private final PlanService plans;
    private final HealthService health;
    private final SignIns signIns;
    private final SessionStore sessions;

    CachedViewShortcut(ConsolidatedViewCache cache, PlanService plans, HealthService health, SignIns signIns,
            SessionStore sessions) {
        this.cache = cache;
        this.plans = plans;
        this.health = health;
        this.signIns = signIns;
        this.sessions = sessions;
    }

    /** Whether the request was answered here; if not, nothing of the answer is written but {@code Vary}. */
    boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = VIEW.matcher(request.getRequestURI());
        if (!path.matches()) {
            return false;
        }
        // Every answer of a view depends on the coding asked for, whoever writes it (Jersey keeps a header set here).
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (!"GET".equals(request.getMethod()) || !health.ready()) {
            return false;
        }
        boolean summary = path.group(2) != null;
        Optional<ViewFormat> form = summary ? ViewFormat.negotiate(null, request.getHeader(HttpHeaders.ACCEPT))
                .filter(ViewFormat.JSON::equals)
                : ViewFormat.negotiate(request.getParameter("format"), request.getHeader(HttpHeaders.ACCEPT));
        Optional<Actor> caller = form.isPresent() ? caller(request) : Optional.empty();
        if (caller.isEmpty()) {
            return false;
        }
        Optional<RenderedView> view = cached(request, Integer.parseInt(path.group(1)),
                summary ? PlansResource.SUMMARY : form.get().part(PlansResource.PLANS), caller.get());
        if (view.isEmpty()) {
            return false;
        }
        RenderedView.Representation shown = view.get().representation(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, shown.tag().toString())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, shown.tag().toString());
            return true;
        }
        if (form.get() != ViewFormat.JSON) {
            return false; // a sheet is a download with its file name: the resource writes it
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(ViewFormat.JSON.contentType());
        response.setHeader(HttpHeaders.ETAG, shown.tag().toString());
        if (shown.contentEncoding() != null) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, shown.contentEncoding());
        }
        response.setContentLength(shown.body().length);
        response.getOutputStream().write(shown.body());
        return true;
    }

    /** The caller as the API's filters would establish it, where that needs no sign-in attempt; else empty. */
    private Optional<Actor> caller(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return BasicCredentials.of(authorization)
                    .flatMap(credentials -> signIns.remembered(credentials[0], credentials[1], request.getRemoteAddr()));
        }
        List<String> sessionIds = SessionCookie.values(request);
        if (sessionIds.isEmpty() || sessionIds.size() == 1 && sessionIds.get(0).isEmpty()) {
            return Optional.of(Actor.anonymous());
        }
        return sessionIds.size() == 1 ? sessions.use(sessionIds.get(0)).map(SessionStore.Session::caller)
                : Optional.empty();
    }

    private Optional<RenderedView> cached(HttpServletRequest request, int year, String part, Actor caller) {
        try {
            PlanFilter filter = PlansResource.filter(request.getParameter("area"),
                    request.getParameter("committeeKind"), request.getParameter("status"));
            return cache.cached(plans.generation(), year, filter, part, caller);
        } catch (WebApplicationException badParameter) {
            return Optional.empty();
        } catch (UnavailableException generationUnreadable) {
            // the database went away since the readiness check: the API answers 503 with Retry-After
            return Optional.empty();
        }
    }

    /** Whether an If-None-Match header names the tag (one of a list, weak or strong, or {@code *}). */
    static boolean matches(String ifNoneMatch, String tag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.equals("*") || value.equals(tag) || value.equals("W/" + tag)) {
                return true;
            }
        }
        return false;
    }
}
