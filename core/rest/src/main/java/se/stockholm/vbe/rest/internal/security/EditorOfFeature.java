package se.stockholm.vbe.rest.internal.security;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.committee.CommitteeDirectory;

/**
 * Refuses a call to an {@link EditorOf} method before Jersey reads its body: 404 for a committee the
 * platform has never seen, 403 for a caller who may not edit it. A caller who would be refused anyway
 * then cannot hold a request thread by sending the body slowly.
 */
public final class EditorOfFeature implements DynamicFeature {

    private final CommitteeDirectory committees;

    public EditorOfFeature(CommitteeDirectory committees) {
        this.committees = committees;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        EditorOf editorOf = resource.getResourceMethod().getAnnotation(EditorOf.class);
        if (editorOf != null) {
            context.register(new EditorRequired(editorOf.value(), committees));
        }
    }

    /** After {@link AccessControlFeature}'s check for a signed-in caller, before entity reading. */
    @Priority(Priorities.AUTHORIZATION + 10)
    private static final class EditorRequired implements ContainerRequestFilter {

        private final String parameter;
        private final CommitteeDirectory committees;

        EditorRequired(String parameter, CommitteeDirectory committees) {
            this.parameter = parameter;
            this.committees = committees;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            String committeeId = request.getUriInfo().getPathParameters().getFirst(parameter);
            if (committees.committee(committeeId).isEmpty()) {
                throw new NotFoundException("no committee " + committeeId);
            }
            Actor caller = CallerSecurityContext.actorOf(request.getSecurityContext());
            if (!caller.canEdit(committeeId)) {
                throw new AccessDeniedException("user " + caller.displayName() + " may not change the data of "
                        + committeeId + " (needs the role editor." + committeeId + " or coordinator)");
            }
        }
    }
}
