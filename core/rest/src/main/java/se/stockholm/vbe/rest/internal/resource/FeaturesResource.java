package se.stockholm.vbe.rest.internal.resource;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.feature.FeatureService;
import se.stockholm.vbe.api.feature.FeatureState;
import se.stockholm.vbe.rest.internal.security.CallerSecurityContext;

/**
 * {@code /api/admin/committees/{id}/features}: the coordinator switches a committee's features.
 */
@Path("admin/committees/{committeeId}/features")
@Singleton
@RolesAllowed(Actor.COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
public final class FeaturesResource {

    /** The body of a switch. */
    public record Switch(Boolean enabled) {
        public Switch {
            Validation.require(enabled, "enabled");
        }
    }

    private final FeatureService features;

    @Inject
    public FeaturesResource(FeatureService features) {
        this.features = features;
    }

    @GET
    public List<FeatureState> list(@PathParam("committeeId") String committeeId) {
        return features.features(committeeId);
    }

    @PUT
    @Path("{featureId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeatureState set(@PathParam("committeeId") String committeeId, @PathParam("featureId") String featureId,
            Switch change, @Context SecurityContext security) {
        Bodies.require(change);
        return features.set(committeeId, featureId, change.enabled(), CallerSecurityContext.actorOf(security));
    }
}
