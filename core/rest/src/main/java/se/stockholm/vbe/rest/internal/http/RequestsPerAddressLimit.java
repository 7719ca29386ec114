package se.stockholm.vbe.rest.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Caps the API requests one client address has in progress at once; more get 429 at once. A request in
 * progress holds one of Jetty's request threads (a slow body holds it while Jersey reads), so without a
 * cap one address could take them all and leave none for other users. {@code /api/health} is not
 * counted: it has no body, answers at once, and a load balancer probing through the same address as its
 * clients must not see a busy node as a dead one.
 */
@Component(service = Filter.class, configurationPid = "se.stockholm.vbe.http",
        property = "service.ranking:Integer=100")
@HttpWhiteboardFilterName("vbe-requests-per-address")
@HttpWhiteboardFilterPattern("/api/*")
@Designate(ocd = HttpLimitsConfiguration.class)
public final class RequestsPerAddressLimit implements Filter {

    static final String HEALTH = "/api/health";

    private final ConcurrentMap<String, Integer> inProgress = new ConcurrentHashMap<>();
    private volatile int limit;

    @Activate
    public RequestsPerAddressLimit(HttpLimitsConfiguration configuration) {
        modified(configuration);
    }

    @Modified
    void modified(HttpLimitsConfiguration configuration) {
        limit = configuration.maxRequestsPerAddress();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (HEALTH.equals(((HttpServletRequest) request).getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        int count = inProgress.merge(address, 1, Integer::sum);
        try {
            if (limit > 0 && count > limit) {
                refuse((HttpServletResponse) response);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            inProgress.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        byte[] problem = ("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"more than " + limit + " requests at once from this address\"}")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(429);
        response.setHeader("Retry-After", "1");
        response.setContentType("application/problem+json");
        response.setContentLength(problem.length);
        response.getOutputStream().write(problem);
    }
}
