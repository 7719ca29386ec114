package se.stockholm.vbe.rest.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

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

    private final ConcurrentMap<String, InProgress> inProgress = new ConcurrentHashMap<>();
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
        InProgress counter;
        int count;
        do {
            counter = inProgress.computeIfAbsent(address, a -> new InProgress());
            count = counter.enter();
            if (count < 0) {
                inProgress.remove(address, counter); // retired as its last request ended: help it out of the map
            }
        } while (count < 0);
        try {
            if (limit > 0 && count > limit) {
                refuse((HttpServletResponse) response);
                return;
            }
            chain.doFilter(request, response);
        } finally {
            if (counter.leave()) {
                inProgress.remove(address, counter);
            }
        }
    }

    /**
     * The requests in progress from one address, counted without a lock: a map entry updated per request
     * ({@code merge}) locked its bin, and every request from one address (a proxy, a load test) queued on that lock.
     * When its last request ends the counter is retired (-1) before it leaves the map, so no request counts on a
     * counter that is gone.
     */
    private static final class InProgress extends AtomicInteger {

        private static final long serialVersionUID = 1L;

        /** One more request: the count with it, or -1 if this counter is retired (take a new one). */
        int enter() {
            for (int now = get(); now >= 0; now = get()) {
                if (compareAndSet(now, now + 1)) {
                    return now + 1;
                }
            }
            return -1;
        }

        /** One request fewer: true if it was the last, and this counter is now retired. */
        boolean leave() {
            return decrementAndGet() == 0 && compareAndSet(0, -1);
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
