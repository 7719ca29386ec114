package se.stockholm.vbe.rest.internal.resource;

import javax.annotation.security.PermitAll;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import se.stockholm.vbe.api.health.HealthReport;
import se.stockholm.vbe.api.health.HealthService;
import se.stockholm.vbe.api.health.HealthStatus;

/**
 * {@code GET /api/health}: public, 200 while the platform can serve, 503 when it is down,
 * so that load balancers and scripts can use the status code alone.
 */
@Path("health")
@Singleton
public final class HealthResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final HealthService health;

    @Inject
    public HealthResource(HealthService health) {
        this.health = health;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        HealthReport report = health.check();
        Response.Status status = report.status() == HealthStatus.DOWN
                ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.OK;
        return Response.status(status).entity(report).cacheControl(NO_STORE).build();
    }
}
