package se.stockholm.vbe.rest.internal;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Response;

import se.stockholm.vbe.api.health.HealthService;
import se.stockholm.vbe.rest.internal.problem.Problem;
import se.stockholm.vbe.rest.internal.problem.VbeExceptionMapper;

/**
 * Answers 503 to everything but {@code /health} until the platform is ready (and whenever it stops
 * being so), rather than letting a request meet a half-started platform.
 */
@Priority(Priorities.AUTHENTICATION - 100)
final class ReadinessFilter implements ContainerRequestFilter {

    private final HealthService health;

    ReadinessFilter(HealthService health) {
        this.health = health;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!health.ready() && !request.getUriInfo().getPath().startsWith("health")) {
            request.abortWith(Problem.builder(Response.Status.SERVICE_UNAVAILABLE,
                    "the platform is starting or its database is unavailable; see /api/health")
                    .header("Retry-After", VbeExceptionMapper.RETRY_AFTER_SECONDS).build());
        }
    }
}
