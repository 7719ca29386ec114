package se.stockholm.vbe.rest.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.ServletOutputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;

import org.eclipse.jetty.server.HttpOutput;

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

    private static final String PLANS = "/api/plans/";
    private static final Pattern VIEW = Pattern.compile(PLANS + "([0-9]{1,9})(/summary)?");

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
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (uri.startsWith(PLANS)) {
            // Every answer of a view depends on the coding asked for, whoever writes it and however the path is
            // spelt (Jersey keeps a header set here when its own answer has none of the name).
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        Matcher path = VIEW.matcher(uri);
        if (!path.matches() || !"GET".equals(request.getMethod()) || !health.ready()
                || request.getHeader(HttpHeaders.IF_MATCH) != null || several(request, HttpHeaders.AUTHORIZATION)) {
            return false; // If-Match, and a request Jersey would refuse, are decided by the resource
        }
        boolean summary = path.group(2) != null;
        String ifNoneMatch = joined(request, HttpHeaders.IF_NONE_MATCH);
        Optional<ViewFormat> form = summary ? ViewFormat.negotiate(null, request.getHeader(HttpHeaders.ACCEPT))
                .filter(ViewFormat.JSON::equals)
                : ViewFormat.negotiate(request.getParameter("format"), request.getHeader(HttpHeaders.ACCEPT));
        if (form.isEmpty() || form.get() != ViewFormat.JSON && ifNoneMatch == null) {
            return false; // a sheet is a download with its file name: the resource writes it, only its 304 is here
        }
        Optional<RenderedView> view;
        try {
            view = caller(request).flatMap(caller -> cached(request, Integer.parseInt(path.group(1)),
                    summary ? PlansResource.SUMMARY : form.get().part(PlansResource.PLANS), caller));
        } catch (UnavailableException databaseUnreachable) {
            // the database went away since the readiness check: the API answers 503 with Retry-After
            return false;
        }
        if (view.isEmpty()) {
            return false;
        }
        RenderedView.Representation shown = view.get().representation(joined(request, HttpHeaders.ACCEPT_ENCODING));
        if (ifNoneMatch != null && matches(ifNoneMatch, shown.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, shown.etag());
            return true;
        }
        if (form.get() != ViewFormat.JSON) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(ViewFormat.JSON.contentType());
        response.setHeader(HttpHeaders.ETAG, shown.etag());
        if (shown.contentEncoding() != null) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, shown.contentEncoding());
        }
        response.setContentLength(shown.body().length);
        write(response.getOutputStream(), shown);
        return true;
    }

    /**
     * Jetty's {@code HttpOutput.write(byte[])} sends a large body in slices of its buffer size, each copied through a
     * temporary direct buffer of the request thread; its {@code write(ByteBuffer)} hands the view's one shared direct
     * buffer to the socket whole. Any other servlet container gets the bytes.
     */
    private static void write(ServletOutputStream out, RenderedView.Representation shown) throws IOException {
        if (out instanceof HttpOutput jetty) {
            jetty.write(shown.direct());
        } else {
            out.write(shown.body());
        }
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
        }
    }

    private static boolean several(HttpServletRequest request, String header) {
        Enumeration<String> values = request.getHeaders(header);
        if (values == null || !values.hasMoreElements()) {
            return false;
        }
        values.nextElement();
        return values.hasMoreElements();
    }

    /** All lines of a list header as one (RFC 9110 5.3), as Jersey reads it; null without one. */
    private static String joined(HttpServletRequest request, String header) {
        Enumeration<String> values = request.getHeaders(header);
        return values == null || !values.hasMoreElements() ? null : String.join(",", Collections.list(values));
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
