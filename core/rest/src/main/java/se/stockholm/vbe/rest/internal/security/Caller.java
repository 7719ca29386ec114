package se.stockholm.vbe.rest.internal.security;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: a user with roles, or nobody.
 *
 * @param name the user name; {@code null} for an anonymous caller
 * @param roles the roles the realm gave the user
 */
public record Caller(String name, Set<String> roles) implements Principal {

    public static final String COORDINATOR = "coordinator";
    public static final String READER = "reader";
    public static final String EDITOR_PREFIX = "editor.";

    private static final Caller ANONYMOUS = new Caller(null, Set.of());

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public static Caller user(String name, Set<String> roles) {
        return new Caller(Objects.requireNonNull(name, "name"), roles);
    }

    @Override
    public String getName() {
        return name;
    }

    public boolean isAnonymous() {
        return name == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isCoordinator() {
        return hasRole(COORDINATOR);
    }

    /** Whether this caller may write the plan of {@code committeeId}. */
    public boolean canEdit(String committeeId) {
        return isCoordinator() || hasRole(EDITOR_PREFIX + committeeId);
    }
}
