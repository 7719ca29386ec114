package se.stockholm.vbe.rest.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.WebApplicationException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.UnavailableException;
import se.stockholm.vbe.api.health.HealthService;
import se.stockholm.vbe.api.plan.PlanFilter;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.rest.internal.resource.ConsolidatedViewCache;
import se.stockholm.vbe.rest.internal.resource.PlansResource;
import se.stockholm.vbe.rest.internal.resource.RenderedView;
import se.stockholm.vbe.rest.internal.resource.ViewFormat;

/**
 * Answers an anonymous conditional {@code GET /api/plans/{year}[/summary]} (no credentials, no cookie) whose ETag
 * is still current with 304 straight from the view cache, in front of Jersey: the commonest request of a polling client
 * (in the form, JSON, CSV or XLSX, the request negotiates as the resource does) then costs a read of the generation row (so that a write on any node makes the tag stale at once) and a map lookup
 * instead of a trip through the JAX-RS machinery. Everything else, and anything
 * this filter is unsure of, goes on to the API unchanged.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("vbe-conditional-get")
@HttpWhiteboardFilterPattern("/api/plans/*")
public final class ConditionalGetFilter implements Filter {

    private static final Pattern VIEW = Pattern.compile("/api/plans/([0-9]{1,9})(/summary)?");

    private final ConsolidatedViewCache cache;
    private final PlanService plans;
    private final HealthService health;

    @Activate
    public ConditionalGetFilter(@Reference ConsolidatedViewCache cache, @Reference PlanService plans,
            @Reference HealthService health) {
        this.cache = cache;
        this.plans = plans;
        this.health = health;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Optional<RenderedView> current = currentView(http);
        String ifNoneMatch = http.getHeader("If-None-Match");
        if (current.isPresent() && ifNoneMatch != null && matches(ifNoneMatch, current.get().tag().toString())) {
            HttpServletResponse answer = (HttpServletResponse) response;
            answer.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            answer.setHeader("ETag", current.get().tag().toString());
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<RenderedView> currentView(HttpServletRequest request) {
        // A session cookie signs the caller in (or is refused as ended) further on: never anonymous here.
        if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
                || request.getHeader("Cookie") != null || request.getHeader("If-None-Match") == null
                || !health.ready()) {
            return Optional.empty();
        }
        Matcher path = VIEW.matcher(request.getRequestURI());
        if (!path.matches()) {
            return Optional.empty();
        }
        try {
            PlanFilter filter = PlansResource.filter(request.getParameter("area"), request.getParameter("committeeKind"),
                    request.getParameter("status"));
            Optional<String> part = path.group(2) != null ? Optional.of(PlansResource.SUMMARY)
                    : ViewFormat.negotiate(request.getParameter("format"), request.getHeader("Accept"))
                            .map(form -> form.part(PlansResource.PLANS));
            if (part.isEmpty()) {
                return Optional.empty();
            }
            return cache.cached(plans.generation(), Integer.parseInt(path.group(1)), filter, part.get(),
                    Actor.anonymous());
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
