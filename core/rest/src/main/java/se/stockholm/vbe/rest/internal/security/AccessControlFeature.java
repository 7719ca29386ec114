package se.stockholm.vbe.rest.internal.security;

import java.lang.reflect.Method;
import java.util.Set;

import javax.annotation.Priority;
import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.Response;

import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.rest.internal.problem.Problem;

/**
 * Closed by default: every resource method needs a signed-in caller unless it is marked
 * {@link PermitAll}; {@link RolesAllowed} narrows it to callers with one of the roles.
 * Rules that depend on the committee in the path are checked by the resources themselves.
 */
public final class AccessControlFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        context.register(new CallerRequired(roles == null ? Set.of() : Set.of(roles.value())));
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class CallerRequired implements ContainerRequestFilter {

        private final Set<String> roles;

        CallerRequired(Set<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Actor caller = CallerSecurityContext.actorOf(request.getSecurityContext());
            if (caller.isAnonymous()) {
                request.abortWith(SignInProblems.unauthorized(request, "this request needs a signed-in user"));
            } else if (!roles.isEmpty() && roles.stream().noneMatch(caller::hasRole)) {
                request.abortWith(Problem.response(Response.Status.FORBIDDEN,
                        "user " + caller.name() + " needs one of the roles " + roles));
            }
        }
    }
}
